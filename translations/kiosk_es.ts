<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>La sesión anterior se ha borrado.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>Cerrar esta pestaña</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>«%1» se ha guardado en «Mis documentos».</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>Una copia de la página «%1» se ha guardado en «Mis documentos». Está lista para imprimir.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>No se pudo preparar la página para imprimirla.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>Un sitio intentó abrir otra pestaña, pero hay demasiadas abiertas. Cierre una primero.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>«%1» no se ha guardado: el archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>«%1» no se ha guardado: la descarga se interrumpió.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>No se pudo guardar «%1». Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>Este tipo de página no se puede abrir aquí.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>Este enlace quiere abrir otro programa. Eso no es posible en este equipo.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>Este sitio no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>Este sitio está bloqueado en este equipo.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>Aquí no se puede escribir una dirección: toque uno de los sitios que se muestran.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>Esto no es una dirección web. Ejemplo: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>«%1» no se ha guardado: este tipo de archivo podría ser peligroso.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>No hay conexión a Internet</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>El equipo no puede conectarse a Internet en este momento. Lo que sigue funcionando: %1. Vuelva a intentarlo dentro de un momento o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>No se pudo comprobar este sitio</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>Su certificado de seguridad no es válido. Por eso, alguien podría leer o cambiar lo que usted envía. La página se ha bloqueado para protegerle. Compruebe la dirección o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>La página se ha detenido</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>Esta página ha dejado de funcionar. Todo lo demás sigue funcionando. Toque «Recargar» para abrirla de nuevo.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Elija un sitio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>Escriba una dirección, por ejemplo www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>Cuenta personal: recuerde salir de su cuenta cuando termine. Todo se borra al terminar la sesión.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>Pantalla y lectura</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Texto muy grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <source>Before you go</source>
        <translation>Antes de irse</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>Tiene %n documento en «Mis documentos». Al terminar la sesión, se borrará. ¿Quiere guardarlo antes?</numerusform>
            <numerusform>Tiene %n documentos en «Mis documentos». Al terminar la sesión, se borrarán. ¿Quiere guardarlos antes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>Volver a mis documentos</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>Borrar todo y terminar</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>Algo no funcionó</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>No es culpa suya. Pida ayuda a un mediador o vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 viene</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>Quédese aquí: su sesión sigue abierta mientras espera.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>Se ha llamado a un mediador</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>Usted es el número %n en la fila de espera.</numerusform>
            <numerusform>Usted es el número %n en la fila de espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>Un mediador vendrá lo antes posible.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>¿Con qué necesita ayuda? (no es obligatorio)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>Un sitio web</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>Una memoria USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mi caja fuerte</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>Ya no necesito ayuda</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué quiere hacer?</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mi caja fuerte</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>Todavía no está disponible en este equipo</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>La sesión termina en %n segundo.</numerusform>
            <numerusform>La sesión termina en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>Al terminar la sesión, se borra todo lo que hizo aquí.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminar ahora</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation>El modo quiosco está en pausa. El público no puede usar el equipo ahora.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>Eventos recientes (sin datos personales)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>Volver al modo quiosco</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>Salir de Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>esperando desde hace %n minuto</numerusform>
            <numerusform>esperando desde hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 va en camino</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>Conectado a la red del sitio.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>No se puede conectar con el servidor de mensajes del sitio (%1). Las peticiones se guardan en los equipos y aparecerán aquí cuando vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>Conectando con la red del sitio…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>Un mediador</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>No se pudo enviar la respuesta: no se puede conectar con el servidor de mensajes del sitio.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Ayuda solicitada</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impresión</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>escaneo</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>un sitio web</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>una memoria USB</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>la caja fuerte</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>apagado o desconectado</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>problema de impresora</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>problema de escáner</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>Peticiones de ayuda</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>Su nombre, tal como lo verá el público:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>Peticiones en curso</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Ya voy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Código incorrecto. Le queda %n intento.</numerusform>
            <numerusform>Código incorrecto. Le quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Código incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados códigos incorrectos. Vuelva a intentarlo en %n minuto.</numerusform>
            <numerusform>Demasiados códigos incorrectos. Vuelva a intentarlo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>No hay ningún código del personal en este equipo. Un administrador puede crearlo con &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>No se pudo comprobar el código. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Carpeta de sesión</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>Última comprobación del borrado</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>Motivo de la puesta fuera de servicio</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Números y signos</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>Este equipo está fuera de servicio</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>Pida ayuda a un mediador. En este equipo no se puede ver ningún documento personal.</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>Pantalla oculta. Toque la pantalla para volver a verla.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>Mediador llamado</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Llamar a un mediador</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Ocultar la pantalla</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>Máscara de lectura: ocultar todo menos una línea</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>Acceso reservado al personal</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Llamar a un mediador</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>Acceso reservado al personal</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>Terminar esta sesión</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>Dar más tiempo</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>Comprobar y volver a poner en servicio</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>Elija un documento para enviar</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>No hay nada en «Mis documentos». Primero escanee un papel o abra un archivo desde una memoria USB.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>Desde Internet</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>Desde una memoria USB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>Desde mi caja fuerte</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>Rechazado: este archivo podría ser peligroso</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>Comprobado y limpiado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>Aquí todavía no hay nada. Los documentos que descargue, escanee o abra desde una memoria USB aparecerán aquí.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>Todo lo que hay aquí se borra al terminar la sesión, salvo lo que usted guarde.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>Acceso reservado al personal: escriba su código</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Borrar una cifra</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
