<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>The previous session has been erased.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>Close this tab</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>“%1” is saved in My documents.</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>A copy of the page “%1” is saved in My documents, ready to print.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>The page could not be prepared for printing.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>A site tried to open another tab, but too many are open. Close one first.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>“%1” was not saved: the file is too large.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>“%1” was not saved: the download stopped.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>“%1” could not be saved. Please ask a mediator.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>This kind of page cannot be opened here.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>This link wants to open another program. That is not possible on this terminal.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>This site is not available on this terminal.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>This site is blocked on this terminal.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>Typing an address is not possible here: use the tiles.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>This is not a web address. Example: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>“%1” was not saved: this kind of file could be dangerous.</translation>
    </message>
    <message>
        <source>Checking your download…</source>
        <translation>Checking your download…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>“%1” was not saved: a virus was found in it.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>“%1” was not saved: the file cannot be read.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>“%1” was not saved: the file is empty.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>“%1” was not saved: the document is protected by a password.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>“%1” was not saved: its name does not match its content.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>“%1” was not saved: the document has too many pages.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>“%1” was not saved: this file takes too long to check.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>No Internet connection</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>This site could not be checked</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>The page stopped</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>This page stopped working. Nothing else is affected. Touch Reload to open it again.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Choose a site</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>Type an address, e.g. www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</translation>
    </message>
</context>
<context>
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>Copied to your USB stick as “%1”.</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>This USB stick is protected against writing (look for a small switch on its side).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>There is not enough room on the USB stick.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>The USB stick is no longer there.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>The USB stick is busy. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>The file could not be copied to the USB stick.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>My safe: recovery sheet</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>Your identifier</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>Your recovery code (it opens your safe if you forget your secret)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>Your secret (write it here only if you keep this sheet safe):</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>If it is not opened before %1, your safe will be deleted.</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>Keep this sheet with your papers. Whoever has it can open your safe.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>If you lose both your secret and this sheet, your documents are lost.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>Display and reading</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Largest text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Read this screen aloud</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <source>Before you go</source>
        <translation>Before you go</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>You have %n document in My documents. When the session ends it is erased. Do you want to keep it first?</numerusform>
            <numerusform>You have %n documents in My documents. When the session ends they are erased. Do you want to keep them first?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>Go back to my documents</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>Erase everything and end</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>Something did not work</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>It is not your fault. Please ask a mediator, or try again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 is coming</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>Stay here: your session stays open while you wait.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>A mediator has been called</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>You are number %n in the queue.</numerusform>
            <numerusform>You are number %n in the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>A mediator will come as soon as possible.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>What do you need help with? (you can skip this)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>A website</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>A USB stick</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>My safe</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>I no longer need help</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>My safe</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>Not available on this terminal yet</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>The session ends in %n second.</numerusform>
            <numerusform>The session ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>When the session ends, everything you did here is erased.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>End now</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation>Kiosk mode is paused. The public cannot use the terminal now.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>Recent events (no personal data)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>Back to kiosk mode</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>Quit Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>waiting for %n minute</numerusform>
            <numerusform>waiting for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 is going</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>Connected to the site&apos;s network.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>Connecting to the site&apos;s network…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>A mediator</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>The answer could not be sent: the site&apos;s message server cannot be reached.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Help requested</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>scanning</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>a website</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>a USB stick</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>the safe</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>out of service</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>switched off or disconnected</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>printer problem</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>scanner problem</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>Calls for help</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>Your name, as the public will see it:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>Open calls</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>I&apos;m coming</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>The PIN could not be checked. Please try again.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Session folder</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>Last erase check</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>Out of service because of</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Digits and signs</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>This terminal is out of service</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>This uses %n page.</numerusform>
            <numerusform>This uses %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>You can print %n more page in this session.</numerusform>
            <numerusform>You can print %n more pages in this session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>Waiting for the printer:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>Printed. Take your pages from the printer.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>The printing was stopped.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>The printer could not print this document. Call a mediator.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Waiting for the printer…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>Choose between 1 and 20 copies.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>This needs more pages than are left for this session. A mediator can allow more: call one.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>This document cannot be read, so it cannot be printed.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>This document is protected by a password, so it cannot be printed here.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>the printer has no paper. Call a mediator.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>paper is stuck in the printer. Call a mediator.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>the printer has no ink left. Call a mediator.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>a door of the printer is open.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>the printer is switched off or not connected.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>No printer is available. Call a mediator.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Something went wrong. Try again, or call a mediator.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Fewer</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Call a mediator</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>Pages to print (empty: all), for example 1-3, 5:</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>Screen hidden. Touch to show it again.</translation>
    </message>
</context>
<context>
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>The safe is not available on this terminal. A mediator can tell you more.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>Making your safe…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>Your safe has a new secret. Learn it or write it down.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>Your safe is ready. Learn your secret or write it down.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>That is not the last group of the code on the sheet. Look again.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>Type your identifier and your secret.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>Opening your safe…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many tries. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many tries. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>No safe has this identifier on this terminal. Check it on your sheet.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>This secret does not open the safe. Check it, and try again.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>This recovery code has a mistake. Copy it again from your sheet.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>Too many tries: now only your recovery sheet can open this safe.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>A document of this safe is damaged. Call a mediator.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>Your safe locked itself. Open it again.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>The safe is not available on this terminal.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>This secret is too short: at least 6 letters.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Type the name of the social worker.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>This is the owner&apos;s secret. The social worker needs a secret of their own.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>Only the owner of the safe can do this.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Something went wrong. Try again, or call a mediator.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>%n try left before only the sheet works.</numerusform>
            <numerusform>%n tries left before only the sheet works.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>Your safe will be deleted if it is not opened before %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>Your social worker %1 can open this safe.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>“%1” expires on %2: remember to renew it.</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>No document here yet. Add one from My documents.</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>View or print</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>To My documents</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>To the USB stick</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Really delete?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>Putting the document in your safe…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>A copy of “%1” is in My documents until the end of the session.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Choose a password of at least 8 characters.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>Gathering all your documents…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>My safe</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>All your documents are in My documents, in one file locked with your password, with a list of them.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>All your documents are in My documents, in one ZIP file, with a list of them.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>Everything that happened to your safe:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>Your safe locked itself after a while without use. Open it again to go on.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF, income</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>safe created</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>document added</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>document viewed</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>document printed</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>everything exported</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>document deleted</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>wrong secret typed</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>opened with the recovery sheet</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>secret changed</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>new recovery sheet</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>you allowed a social worker to open your safe</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>you withdrew a social worker&apos;s access</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>opened by your social worker</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>Your identifier (on your sheet, like K7-MX4Q):</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>The recovery code printed on your sheet:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>Your secret:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>I have my secret</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>I lost my secret: use my sheet</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>Your identifier:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>Your recovery code:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>Open my safe</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>Create my safe</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Call a mediator</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>Add from My documents</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>Get everything</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>Lock my safe</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP without password</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>Lock it with the password</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>It ends on this month</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>Password to lock the file (leave empty for a plain ZIP):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>Opened by the social worker. The owner will see this visit in the history.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>Looking for the scanner…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>Scanning needs a mediator here. Call one: they will unlock it for you.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>What are you scanning?</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>Put your pages in the feeder, face up.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>Put your document face down on the glass, in the corner with the arrow, and close the lid.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>Scanning page %n…</numerusform>
            <numerusform>Scanning page %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>The scanner&apos;s cover is open. Close it, then try again.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>There is no paper in the feeder. Put your pages in, then try again.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>The scanner is busy. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>The scanner is not answering. Check that it is switched on, or call a mediator.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>Scanning stopped. Nothing was kept from this page.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>The scanner did not manage to scan. Try again, or call a mediator.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>Check your pages. You can turn, move, retake or remove each one.</translation>
    </message>
    <message numerus="yes">
        <source>Page %n</source>
        <translation>
            <numerusform>Page %n</numerusform>
            <numerusform>Page %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload sites often refuse files that are too big.</source>
        <translation>Upload sites often refuse files that are too big.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>Preparing your document…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>Ready: %n page, %1.</numerusform>
            <numerusform>Ready: %n pages, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>This is as small as it can be while staying readable.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>The document could not be prepared. Try again.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>The document could not be saved. Try again.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>A document</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>A photo</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>An ID card</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>Several pages in the feeder</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Call a mediator</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>Add a page</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Trim</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>Black and white text (smallest)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>Back to the pages</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>Put in my documents</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>%n MB at most</numerusform>
            <numerusform>%n MB at most</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>How big may the file be?</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>Mediator called</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Call a mediator</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Hide the screen</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Read this screen aloud</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>Reading mask: hide everything but one line</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Text size and contrast</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Call a mediator</translation>
    </message>
</context>
<context>
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>%1 will no longer be able to open it.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Type the name of the social worker.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>%1 can no longer open your safe.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>Really withdraw?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>Name of the social worker, and where they work:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>A secret for the social worker:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Another one</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Yes, I agree</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>Name someone else</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>End this session</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>Give more time</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>Check and put back in service</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Allow scanning</source>
        <translation>Allow scanning</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>Allow more printing</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>Open a safe with its sheet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>Choose a document to send</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>My documents is empty. Scan a paper, or open a file from a USB stick, first.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>Send this document</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>From the Internet</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>From a USB stick</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>From my safe</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>Refused: this file could be dangerous</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>Checked and cleaned</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>To the USB stick</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>Copy %1 to the USB stick</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>Choose a document to print</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>Everything here is erased when the session ends, unless you keep it.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>Staff access: enter your PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Erase one digit</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>Copy to your USB stick?</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>This device is refused</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>USB stick detected</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>Do you want to see its files? Nothing will be changed on your stick.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>the USB stick</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>Your USB stick is here. Open it to see its files.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>Plug your USB stick into the terminal.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>Your USB stick was removed. The files you took are still in My documents.</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>Opening your USB stick…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Reading the list of files…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>Reading the list of files… %n file so far.</numerusform>
            <numerusform>Reading the list of files… %n files so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>Your USB stick</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>Reading stopped: only the files read so far are shown.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>Touch a folder to open it, or a file to take it into My documents.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>This folder is empty.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>Checking “%1” and preparing a safe copy…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>“%1” is ready in My documents.</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>Preparing your USB stick to be removed…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>You can remove your USB stick now.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>A file on the stick is still in use. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>The USB stick is no longer there.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>This USB stick cannot be read here. It may use a format the terminal does not know.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>USB sticks cannot be read on this terminal now. Call a mediator.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>Something went wrong with the USB stick.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Something went wrong. Try again, or call a mediator.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>can be taken</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>program — not allowed</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>shortcut — not allowed</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>compressed folder — not allowed</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>protected document</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>document with macros — not allowed</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>its name does not match its content — not allowed</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>unreadable file</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>Some folders are too deep to be read.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>This stick holds too many files: only the first ones are shown.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>link — not allowed</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>not a file — not allowed</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>You have taken the most files allowed for this session.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>files cannot be checked on this terminal now</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>office documents cannot be opened here; save this one as a PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>this file takes too long to check</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>the file could not be copied from the stick</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>a virus was found in it — not allowed</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>it changed on the stick after the list was read; open the stick again</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>View or print</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Eject</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
</TS>
