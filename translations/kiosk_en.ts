<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <source>Before you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>A mediator can help you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go to the reception desk or raise your hand: a mediator will come. Your session stays open while you wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
