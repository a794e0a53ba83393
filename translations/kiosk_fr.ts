<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>La session précédente a été effacée.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>Fermer cet onglet</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>Le document «&#xa0;%1&#xa0;» est enregistré dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>Une copie de la page «&#xa0;%1&#xa0;» est enregistrée dans «&#xa0;Mes documents&#xa0;». Elle est prête à être imprimée.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>La page n&apos;a pas pu être préparée pour l&apos;impression.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>Un site a voulu ouvrir un autre onglet, mais trop d&apos;onglets sont ouverts. Fermez d&apos;abord un onglet.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: le fichier est trop gros.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: le téléchargement s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré. Demandez à un médiateur.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>Ce type de page ne peut pas être ouvert ici.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>Ce lien veut ouvrir un autre programme. Ce n&apos;est pas possible sur ce poste.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>Ce site n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>Ce site est bloqué sur ce poste.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>Vous ne pouvez pas taper d&apos;adresse ici&#xa0;: touchez un des sites proposés.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>Ce n&apos;est pas une adresse web. Exemple&#xa0;: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: ce type de fichier peut être dangereux.</translation>
    </message>
    <message>
        <source>Checking your download…</source>
        <translation>Vérification de votre téléchargement…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: les fichiers ne peuvent pas être vérifiés sur ce poste pour le moment. Demandez à un médiateur.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: un virus a été trouvé dedans.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: le fichier est illisible.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: son nom ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: il a trop de pages.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: ce fichier prend trop de temps à vérifier.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: les documents Office (Word, Excel…) ne s&apos;ouvrent pas sur ce poste. Cherchez une version PDF sur le site.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>Pas de connexion à Internet</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>Le poste ne peut pas se connecter à Internet pour le moment. Ce qui marche toujours&#xa0;: %1. Réessayez dans un moment, ou demandez à un médiateur.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>Ce site n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>Son certificat de sécurité n&apos;est pas valide. Quelqu&apos;un pourrait donc lire ou modifier ce que vous envoyez. La page a été bloquée pour vous protéger. Vérifiez l&apos;adresse, ou demandez à un médiateur.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>La page s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>Cette page ne fonctionne plus. Le reste fonctionne normalement. Touchez «&#xa0;Recharger&#xa0;» pour l&apos;ouvrir à nouveau.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Choisissez un site</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimer cette page</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>Tapez une adresse, par exemple www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>Compte personnel&#xa0;: pensez à vous déconnecter de votre compte quand vous avez fini. Tout est effacé quand vous terminez la session.</translation>
    </message>
</context>
<context>
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>Copié sur votre clé USB sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>Cette clé USB est protégée contre l&apos;écriture (cherchez un petit bouton sur le côté).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>Il n&apos;y a pas assez de place sur la clé USB.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>La clé USB n&apos;est plus là.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>La clé USB est occupée. Attendez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>Le fichier n&apos;a pas pu être copié sur la clé USB.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Feuille de secours</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>Mon coffre-fort&#xa0;: feuille de secours</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>Votre code de secours (il ouvre votre coffre-fort si vous oubliez votre phrase secrète)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>Votre phrase secrète (écrivez-la ici seulement si vous rangez cette feuille en lieu sûr)&#xa0;:</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>Si vous n&apos;ouvrez pas votre coffre-fort avant le %1, il sera supprimé.</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>Gardez cette feuille avec vos papiers. Toute personne qui a cette feuille peut ouvrir votre coffre-fort.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>Si vous perdez votre phrase secrète et aussi cette feuille, vos documents sont perdus.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>Affichage et lecture</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Très grand texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Lire cet écran à voix haute</translation>
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
        <translation>Avant de partir</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>Vous avez %n document dans «&#xa0;Mes documents&#xa0;». À la fin de la session, il sera effacé. Voulez-vous le garder avant&#xa0;?</numerusform>
            <numerusform>Vous avez %n documents dans «&#xa0;Mes documents&#xa0;». À la fin de la session, ils seront effacés. Voulez-vous les garder avant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>Revenir à mes documents</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>Tout effacer et terminer</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>Quelque chose n&apos;a pas marché</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>Ce n&apos;est pas de votre faute. Demandez à un médiateur, ou réessayez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 arrive</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>Restez ici&#xa0;: votre session reste ouverte pendant que vous attendez.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>Un médiateur a été appelé</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>Vous êtes le numéro %n dans la file d&apos;attente.</numerusform>
            <numerusform>Vous êtes le numéro %n dans la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>Un médiateur va venir dès que possible.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>Pour quoi avez-vous besoin d&apos;aide&#xa0;? (ce n&apos;est pas obligatoire)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>Un site internet</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>Une clé USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mon coffre-fort</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>Je n&apos;ai plus besoin d&apos;aide</translation>
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
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mon coffre-fort</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>Pas encore disponible sur ce poste</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>La session se termine dans %n seconde.</numerusform>
            <numerusform>La session se termine dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>À la fin de la session, tout ce que vous avez fait ici est effacé.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminer maintenant</translation>
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
        <translation>Le mode kiosque est en pause. Le public ne peut pas utiliser le poste pour le moment.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>Événements récents (sans données personnelles)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>Revenir au mode kiosque</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>Quitter Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>en attente depuis %n minute</numerusform>
            <numerusform>en attente depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 y va</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>Connecté au réseau du site.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>Impossible de joindre le serveur de messages du site (%1). Les demandes sont gardées sur les postes et apparaîtront ici dès qu&apos;il sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>Connexion au réseau du site…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>Un médiateur</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>La réponse n&apos;a pas pu être envoyée&#xa0;: impossible de joindre le serveur de messages du site.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>numérisation</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>un site internet</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>une clé USB</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>le coffre-fort</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>éteint ou déconnecté</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>problème d&apos;imprimante</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>problème de scanner</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>Votre nom, tel que le public le verra&#xa0;:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>J&apos;arrive</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Code incorrect. Encore %n essai.</numerusform>
            <numerusform>Code incorrect. Encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes incorrects. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes incorrects. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>Aucun code du personnel n&apos;est défini sur ce poste. Un administrateur peut en créer un avec &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Le code n&apos;a pas pu être vérifié. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Dossier de session</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>Dernière vérification de l&apos;effacement</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>Motif de la mise hors service</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Chiffres et signes</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Cacher le clavier</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>Ce poste est hors service</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>Demandez à un médiateur. Aucun document personnel n&apos;est visible sur ce poste.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copie</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>Vous allez imprimer %n page.</numerusform>
            <numerusform>Vous allez imprimer %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>Vous pouvez encore imprimer %n page pendant cette session.</numerusform>
            <numerusform>Vous pouvez encore imprimer %n pages pendant cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>Impression en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>C&apos;est imprimé. Prenez vos pages dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>L&apos;impression a été arrêtée.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>L&apos;imprimante n&apos;a pas pu imprimer ce document. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression en cours…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>En attente de l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Envoi à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>Écrivez les pages comme ceci&#xa0;: 1-3, 5 (pages 1 à 3, et page 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>Choisissez entre 1 et 20 copies.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>Il ne vous reste pas assez de pages pour cette session. Appelez un médiateur&#xa0;: il peut vous en donner plus.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Ce document ne peut pas être lu. Il ne peut donc pas être imprimé.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>Ce document est protégé par un mot de passe. Il ne peut pas être imprimé ici.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>l&apos;imprimante n&apos;a plus de papier. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>du papier est coincé dans l&apos;imprimante. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>l&apos;imprimante n&apos;a plus d&apos;encre. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>une porte de l&apos;imprimante est ouverte.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>l&apos;imprimante est éteinte ou pas branchée.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>Aucune imprimante n&apos;est disponible. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Quelque chose n&apos;a pas marché. Réessayez, ou appelez un médiateur.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Appeler un médiateur</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>Pages à imprimer (laissez vide pour tout imprimer), par exemple 1-3, 5&#xa0;:</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>Écran caché. Touchez l&apos;écran pour le voir à nouveau.</translation>
    </message>
</context>
<context>
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>Votre coffre-fort garde une copie de vos papiers. Il est fermé par une phrase secrète. Vous êtes la seule personne à la connaître. Le personnel ne peut pas l&apos;ouvrir. Personne d&apos;autre non plus, sauf si vous choisissez de laisser votre travailleur social l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>Le coffre-fort n&apos;est pas disponible sur ce poste. Un médiateur peut vous en dire plus.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>Création de votre coffre-fort…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>Votre coffre-fort a une nouvelle phrase secrète. Apprenez-la par cœur ou notez-la.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>Votre coffre-fort est prêt. Apprenez votre phrase secrète par cœur ou notez-la.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>Votre feuille de secours est en cours d&apos;impression. Prenez-la dans l&apos;imprimante et gardez-la avec vos papiers.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>Aucune imprimante n&apos;est disponible. Votre feuille de secours est dans «&#xa0;Mes documents&#xa0;». Imprimez-la, ou demandez à un médiateur.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>Ce n&apos;est pas le dernier groupe du code écrit sur la feuille. Regardez encore une fois.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>Tapez votre identifiant et votre phrase secrète.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>Ouverture de votre coffre-fort…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Trop d&apos;essais. Attendez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;essais. Attendez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>Aucun coffre-fort n&apos;a cet identifiant sur ce poste. Vérifiez-le sur votre feuille.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le coffre-fort. Vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>Ce code de secours contient une erreur. Recopiez-le depuis votre feuille.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>Trop d&apos;essais&#xa0;: maintenant, seule votre feuille de secours peut ouvrir ce coffre-fort.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>Un document de ce coffre-fort est abîmé. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>Votre coffre-fort s&apos;est fermé tout seul. Ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>Le coffre-fort n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>Cette phrase secrète est trop courte&#xa0;: au moins 6 lettres.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Écrivez le nom du travailleur social.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>C&apos;est la phrase secrète du propriétaire du coffre. Le travailleur social doit avoir sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>Seul le propriétaire du coffre peut faire cela.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Quelque chose n&apos;a pas marché. Réessayez, ou appelez un médiateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>Il vous reste %n essai. Après, seule la feuille de secours pourra l&apos;ouvrir.</numerusform>
            <numerusform>Il vous reste %n essais. Après, seule la feuille de secours pourra l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>Votre coffre-fort sera supprimé si vous ne l&apos;ouvrez pas avant le %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>Votre travailleur social peut ouvrir ce coffre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>Le document «&#xa0;%1&#xa0;» expire le %2&#xa0;: pensez à le renouveler.</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>Il n&apos;y a pas encore de document ici. Ajoutez-en un depuis «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Voir ou imprimer</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>Vers Mes documents</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>Vers la clé USB</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Vraiment supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>Ce papier a-t-il une date de fin (carte d&apos;identité, titre de séjour) ? Votre coffre vous le rappellera deux mois avant.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>Rangement du document dans votre coffre-fort…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>Une copie de «&#xa0;%1&#xa0;» est dans «&#xa0;Mes documents&#xa0;» jusqu&apos;à la fin de la session.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>Tous vos documents dans un seul fichier, avec leur liste. Vous pouvez fermer ce fichier avec un mot de passe : il s&apos;ouvre alors avec le programme gratuit «&#xa0;age&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Choisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>Préparation de tous vos documents…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mon coffre-fort</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>Tous vos documents sont dans «&#xa0;Mes documents&#xa0;», dans un seul fichier fermé par votre mot de passe, avec leur liste.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>Tous vos documents sont dans «&#xa0;Mes documents&#xa0;». Ils sont réunis dans un seul fichier ZIP, avec leur liste.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>Tout ce qui s&apos;est passé dans votre coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>Votre coffre-fort s&apos;est fermé tout seul, car il n&apos;a pas servi pendant un moment. Ouvrez-le à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF, ressources</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impôts</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>coffre-fort créé</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>document ajouté</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>document consulté</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>document imprimé</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>tout récupéré</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>document supprimé</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>mauvaise phrase secrète</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>ouvert avec la feuille de secours</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>phrase secrète changée</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>nouvelle feuille de secours</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>vous avez autorisé un travailleur social à ouvrir votre coffre</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>vous avez retiré la permission du travailleur social</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>ouvert par votre travailleur social</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>Votre identifiant (il est sur votre feuille, par exemple K7-MX4Q)&#xa0;:</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>Le code de secours imprimé sur votre feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>Votre phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>J&apos;ai ma phrase secrète</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>J&apos;ai perdu ma phrase secrète&#xa0;: utiliser ma feuille</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>Votre identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>Votre code de secours&#xa0;:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>Pour vérifier que vous avez bien la feuille, tapez le dernier groupe du code de secours (après le dernier tiret). Si vous perdez votre phrase secrète et aussi la feuille, vos documents sont perdus.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>Ouvrir mon coffre-fort</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>Créer mon coffre-fort</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Appeler un médiateur</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>Ajouter depuis Mes documents</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>Tout récupérer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>Fermer mon coffre</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP sans mot de passe</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>Le fermer avec le mot de passe</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>Il finit ce mois-là</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>Mot de passe pour fermer le fichier (laissez vide pour un ZIP simple) :</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>Ouvert par le travailleur social. Le propriétaire du coffre verra cette visite dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>Recherche du scanner…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>Ici, il faut un médiateur pour numériser. Appelez un médiateur&#xa0;: il va débloquer le scanner pour vous.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>Que voulez-vous numériser&#xa0;?</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>Mettez vos pages dans le chargeur, face écrite vers le haut.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>Posez votre document sur la vitre, face écrite vers le bas, dans le coin avec la flèche. Puis fermez le capot.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>Numérisation de la page %n…</numerusform>
            <numerusform>Numérisation de la page %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>Le papier est coincé dans le scanner. Ouvrez-le doucement, retirez le papier, puis réessayez.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>Le capot du scanner est ouvert. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>Il n&apos;y a pas de papier dans le chargeur. Mettez vos pages, puis réessayez.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>Le scanner est occupé. Attendez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>Le scanner ne répond pas. Vérifiez qu&apos;il est allumé, ou appelez un médiateur.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>La numérisation est arrêtée. Rien n&apos;a été gardé de cette page.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>Le scanner n&apos;a pas réussi à numériser. Réessayez, ou appelez un médiateur.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>Vérifiez vos pages. Vous pouvez tourner, déplacer, refaire ou supprimer chaque page.</translation>
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
        <translation>Les sites internet refusent souvent les fichiers trop gros.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>Préparation de votre document…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>C&apos;est prêt&#xa0;: %n page, %1.</numerusform>
            <numerusform>C&apos;est prêt&#xa0;: %n pages, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>Impossible de faire plus petit&#xa0;: le document deviendrait difficile à lire.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>Le document n&apos;a pas pu être préparé. Réessayez.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Numérisation %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>Le document n&apos;a pas pu être enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un document</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Une photo</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>Une carte d&apos;identité</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>Plusieurs pages dans le chargeur</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Appeler un médiateur</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tourner</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>Texte noir et blanc (fichier plus petit)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>Revenir aux pages</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>Mettre dans mes documents</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>%n Mo maximum</numerusform>
            <numerusform>%n Mo maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>Quelle taille maximum pour le fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>Médiateur appelé</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Appeler un médiateur</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Cacher l&apos;écran</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Lire cet écran à voix haute</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>Masque de lecture&#xa0;: tout cacher sauf une ligne</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Taille du texte et contraste</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>Accès réservé au personnel</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Appeler un médiateur</translation>
    </message>
</context>
<context>
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>Vous pouvez permettre à un travailleur social de confiance d&apos;ouvrir votre coffre, pour vous aider avec vos papiers. Il l&apos;ouvre avec sa propre phrase secrète, pas la vôtre, et peut lire vos documents. Il ne peut pas changer votre phrase secrète ni supprimer votre coffre. Chaque visite est notée dans l&apos;historique. Vous pouvez retirer cette permission à tout moment.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>Êtes-vous d&apos;accord pour que %1 puisse ouvrir votre coffre et lire vos documents avec sa propre phrase secrète&#xa0;? Vous pouvez retirer cette permission à tout moment.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>%1 ne pourra plus l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>Votre travailleur social peut ouvrir ce coffre avec sa propre phrase secrète&#xa0;: %1. Vous pouvez retirer cette permission à tout moment.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Écrivez le nom du travailleur social.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>Le travailleur social écrit la phrase secrète affichée au-dessus, ou sa propre phrase secrète d&apos;au moins 6 lettres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>%1 ne peut plus ouvrir votre coffre.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>Vraiment retirer&#xa0;?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer la permission</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>Nom du travailleur social, et où il travaille&#xa0;:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>Une phrase secrète pour le travailleur social&#xa0;:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>Travailleur social&#xa0;: écrivez cette phrase secrète, ou votre propre phrase secrète, et gardez-la. Vous ouvrirez ce coffre avec elle.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Une autre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Oui, je suis d&apos;accord</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>Choisir quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>Accès réservé au personnel</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>Terminer cette session</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>Donner plus de temps</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>Vérifier et remettre en service</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Allow scanning</source>
        <translation>Autoriser la numérisation</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>Autoriser plus d&apos;impressions</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>Ouvrir un coffre avec sa feuille</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>Choisissez un document à envoyer</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>Il n&apos;y a aucun document dans «&#xa0;Mes documents&#xa0;». Numérisez d&apos;abord un papier, ou ouvrez un fichier depuis une clé USB.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>Envoyer ce document</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>Depuis Internet</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Numérisé</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>Depuis une clé USB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>Depuis mon coffre-fort</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>Refusé&#xa0;: ce fichier peut être dangereux</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>Vérifié et nettoyé</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>Vers la clé USB</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>Copier %1 sur la clé USB</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>Choisissez un document à imprimer</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>Il n&apos;y a encore rien ici. Les documents que vous téléchargez, scannez ou ouvrez depuis une clé USB apparaîtront ici.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>Tout ce qui est ici est effacé à la fin de la session, sauf si vous le gardez.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>Accès réservé au personnel&#xa0;: tapez votre code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>Copier sur votre clé USB ?</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>«&#xa0;%1&#xa0;» sera copié sur votre clé USB. Rien d&apos;autre n&apos;est changé sur la clé.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>Cet appareil est refusé</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>Cet appareil n&apos;est pas seulement une clé USB. Il sert aussi de clavier, de carte réseau ou de radio. Le poste ne l&apos;ouvre donc pas. Un médiateur a été appelé.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>Clé USB détectée</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>Voulez-vous voir ses fichiers&#xa0;? Rien ne sera modifié sur votre clé.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>la clé USB</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>Votre clé USB est là. Ouvrez-la pour voir ses fichiers.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>Branchez votre clé USB sur le poste.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>Votre clé USB a été retirée. Les fichiers que vous avez pris sont toujours dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>Ouverture de votre clé USB…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Lecture de la liste des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>Lecture de la liste des fichiers… %n fichier pour l&apos;instant.</numerusform>
            <numerusform>Lecture de la liste des fichiers… %n fichiers pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>Votre clé USB</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>Lecture arrêtée&#xa0;: seuls les fichiers déjà lus sont affichés.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>Touchez un dossier pour l&apos;ouvrir, ou un fichier pour le mettre dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Ce dossier est vide.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» et préparation d&apos;une copie sans danger…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>Le document «&#xa0;%1&#xa0;» est prêt dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>Nous préparons votre clé USB pour que vous puissiez la retirer…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>Vous pouvez maintenant retirer votre clé USB.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>Un fichier de la clé est encore utilisé. Attendez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>La clé USB n&apos;est plus là.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>Cette clé USB ne peut pas être lue ici. Elle utilise peut-être un format que le poste ne connaît pas.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>Les clés USB ne peuvent pas être lues sur ce poste pour le moment. Appelez un médiateur.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>Quelque chose n&apos;a pas marché avec la clé USB.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Quelque chose n&apos;a pas marché. Réessayez, ou appelez un médiateur.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>programme — non autorisé</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>raccourci — non autorisé</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>dossier compressé — non autorisé</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>document protégé</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>document avec macros — non autorisé</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>son nom ne correspond pas à son contenu — non autorisé</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>Certains dossiers sont rangés trop loin dans d&apos;autres dossiers. Ils ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>Cette clé contient trop de fichiers&#xa0;: seuls les premiers sont affichés.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>lien — non autorisé</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>ce n&apos;est pas un fichier — non autorisé</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>Vous avez déjà pris le nombre maximum de fichiers pour cette session.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>les fichiers ne peuvent pas être vérifiés sur ce poste pour le moment</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>ce document Office (Word, Excel…) ne s&apos;ouvre pas ici&#xa0;: enregistrez-le en PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>ce fichier prend trop de temps à vérifier</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>le fichier n&apos;a pas pu être copié depuis la clé</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>un virus a été trouvé dedans — non autorisé</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>il a changé sur la clé depuis la lecture de la liste ; ouvrez de nouveau la clé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Voir ou imprimer</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Éjecter</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
</TS>
