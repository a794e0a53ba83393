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
        <source>Checking your download…</source>
        <translation>Comprobando su descarga…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>«%1» no se ha guardado: ahora no se pueden comprobar archivos en este equipo. Pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>«%1» no se ha guardado: se encontró un virus en él.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>«%1» no se ha guardado: el archivo no se puede leer.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>«%1» no se ha guardado: el archivo está vacío.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>«%1» no se ha guardado: el documento está protegido con contraseña.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>«%1» no se ha guardado: su nombre no corresponde a su contenido.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>«%1» no se ha guardado: el documento tiene demasiadas páginas.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>«%1» no se ha guardado: este archivo tarda demasiado en comprobarse.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>«%1» no se ha guardado: los documentos de Office (Word, Excel…) no se pueden abrir en este equipo. Busque una versión PDF en el sitio.</translation>
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
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
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
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>Copiado en su memoria USB como «%1».</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>Esta memoria USB está protegida contra escritura (busque un pequeño interruptor en el lateral).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>No hay suficiente espacio en la memoria USB.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>La memoria USB ya no está.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>La memoria USB está ocupada. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>No se pudo copiar el archivo en la memoria USB.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>Mi caja fuerte: hoja de recuperación</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>Su identificador</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>Su código de recuperación (abre su caja fuerte si olvida su frase secreta)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>Su frase secreta (escríbala aquí solo si guarda esta hoja en un lugar seguro):</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>Si no abre su caja fuerte antes del %1, se borrará.</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>Guarde esta hoja con sus papeles. Quien la tenga puede abrir su caja fuerte.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>Si pierde su frase secreta y también esta hoja, sus documentos se pierden.</translation>
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
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copia</numerusform>
            <numerusform>%n copias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>Va a imprimir %n página.</numerusform>
            <numerusform>Va a imprimir %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>Puede imprimir %n página más en esta sesión.</numerusform>
            <numerusform>Puede imprimir %n páginas más en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>Impresión en espera:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>Ya está impreso. Recoja sus páginas en la impresora.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>La impresión se ha detenido.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>La impresora no pudo imprimir este documento. Llame a un mediador.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Esperando a la impresora…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Enviando a la impresora…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>Escriba las páginas así: 1-3, 5 (páginas 1 a 3 y página 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>Elija entre 1 y 20 copias.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>No le quedan suficientes páginas en esta sesión. Llame a un mediador: puede darle más.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Este documento no se puede leer, así que no se puede imprimir.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>Este documento está protegido con contraseña, así que no se puede imprimir aquí.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>la impresora no tiene papel. Llame a un mediador.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>hay papel atascado en la impresora. Llame a un mediador.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>la impresora no tiene tinta. Llame a un mediador.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>una tapa de la impresora está abierta.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>la impresora está apagada o desconectada.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>No hay ninguna impresora disponible. Llame a un mediador.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo no funcionó. Vuelva a intentarlo o llame a un mediador.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Blanco y negro</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Llamar a un mediador</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>Páginas que quiere imprimir (déjelo vacío para imprimir todas), por ejemplo 1-3, 5:</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas las páginas</translation>
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
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>Su caja fuerte guarda copias de sus papeles. Está cerrada con una frase secreta que solo usted conoce. El personal no puede abrirla. Nadie más puede hacerlo, salvo si usted decide dejar que su trabajador social la abra.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>La caja fuerte no está disponible en este equipo. Un mediador puede explicarle más.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>Creando su caja fuerte…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>Su caja fuerte tiene una nueva frase secreta. Apréndala de memoria o anótela.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>Su caja fuerte está lista. Aprenda su frase secreta de memoria o anótela.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>Se está imprimiendo su hoja de recuperación. Recójala en la impresora y guárdela con sus papeles.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>No hay ninguna impresora disponible. Su hoja de recuperación está en «Mis documentos». Imprímala o pida ayuda a un mediador.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>Ese no es el último grupo del código de la hoja. Mírelo otra vez.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>Escriba su identificador y su frase secreta.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>Abriendo su caja fuerte…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos. Espere %n minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos. Espere %n minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>Ninguna caja fuerte tiene este identificador en este equipo. Compruébelo en su hoja.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>Esta frase secreta no abre la caja fuerte. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>Este código de recuperación tiene un error. Cópielo otra vez de su hoja.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>Demasiados intentos: ahora solo su hoja de recuperación puede abrir esta caja fuerte.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>Un documento de esta caja fuerte está dañado. Llame a un mediador.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>Su caja fuerte se ha cerrado sola. Vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>La caja fuerte no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>Esta frase secreta es demasiado corta: al menos 6 letras.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Escriba el nombre del trabajador social.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>Es la frase secreta del dueño de la caja fuerte. El trabajador social necesita una frase secreta propia.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>Solo el dueño de la caja fuerte puede hacer esto.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo no funcionó. Vuelva a intentarlo o llame a un mediador.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>Le queda %n intento. Después, solo funcionará la hoja de recuperación.</numerusform>
            <numerusform>Le quedan %n intentos. Después, solo funcionará la hoja de recuperación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>Su caja fuerte se borrará si no la abre antes del %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>Su trabajador social puede abrir esta caja fuerte: %1.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>El documento «%1» caduca el %2: no olvide renovarlo.</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>Aquí todavía no hay ningún documento. Añada uno desde «Mis documentos».</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Ver o imprimir</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>A Mis documentos</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>A la memoria USB</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>¿Borrar de verdad?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>¿Este papel tiene fecha de fin (DNI, permiso de residencia)? Su caja fuerte se lo recordará dos meses antes.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>Guardando el documento en su caja fuerte…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>Hay una copia de «%1» en «Mis documentos» hasta el final de la sesión.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>Todos sus documentos en un solo archivo, con su lista. Puede cerrar ese archivo con una contraseña: entonces se abre con el programa gratuito «age».</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Elija una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>Reuniendo todos sus documentos…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Mi caja fuerte</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>Todos sus documentos están en «Mis documentos», en un solo archivo cerrado con su contraseña, con su lista.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>Todos sus documentos están en «Mis documentos», en un solo archivo ZIP, con una lista.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>Todo lo que ha pasado en su caja fuerte:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>Su caja fuerte se ha cerrado sola porque no se usó durante un rato. Vuelva a abrirla para seguir.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF, ingresos</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>caja fuerte creada</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>documento añadido</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>documento visto</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>documento impreso</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>todo recuperado</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>documento borrado</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>frase secreta incorrecta</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>abierta con la hoja de recuperación</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>frase secreta cambiada</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>nueva hoja de recuperación</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>usted permitió a un trabajador social abrir su caja fuerte</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>usted retiró el permiso del trabajador social</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>abierta por su trabajador social</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>Su identificador (está en su hoja, por ejemplo K7-MX4Q):</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>El código de recuperación impreso en su hoja:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>Su frase secreta:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>Tengo mi frase secreta</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>He perdido mi frase secreta: usar mi hoja</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>Su identificador:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>Su código de recuperación:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>Para comprobar que tiene la hoja, escriba el último grupo del código de recuperación (después del último guion). Si pierde su frase secreta y también la hoja, sus documentos se pierden.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>Abrir mi caja fuerte</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Llamar a un mediador</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>Recuperar todo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>Cerrar mi caja fuerte</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP sin contraseña</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>Cerrarlo con la contraseña</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>Termina este mes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>Contraseña para cerrar el archivo (déjela vacía para un ZIP simple):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>Abierta por el trabajador social. El dueño verá esta visita en el historial.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>Buscando el escáner…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>Aquí, para escanear hace falta un mediador. Llame a uno: le desbloqueará el escáner.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>¿Qué quiere escanear?</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>Ponga sus páginas en el alimentador, boca arriba.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>Ponga su documento boca abajo sobre el cristal, en la esquina de la flecha, y cierre la tapa.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>Escaneando la página %n…</numerusform>
            <numerusform>Escaneando la página %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>El papel se ha atascado en el escáner. Ábralo con cuidado, saque el papel y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>La tapa del escáner está abierta. Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>No hay papel en el alimentador. Ponga sus páginas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>El escáner está ocupado. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>El escáner no responde. Compruebe que está encendido o llame a un mediador.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>El escaneo se ha detenido. No se ha guardado nada de esta página.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>El escáner no ha podido escanear. Vuelva a intentarlo o llame a un mediador.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>Revise sus páginas. Puede girar, mover, repetir o quitar cada una.</translation>
    </message>
    <message numerus="yes">
        <source>Page %n</source>
        <translation>
            <numerusform>Página %n</numerusform>
            <numerusform>Página %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload sites often refuse files that are too big.</source>
        <translation>Los sitios web suelen rechazar los archivos demasiado grandes.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>Preparando su documento…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>Listo: %n página, %1.</numerusform>
            <numerusform>Listo: %n páginas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>Es el tamaño más pequeño posible para que se pueda leer bien.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>No se pudo preparar el documento. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Escaneo %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>No se pudo guardar el documento. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un documento</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>Un carné de identidad</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>Varias páginas en el alimentador</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Llamar a un mediador</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>Añadir una página</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>Texto en blanco y negro (archivo más pequeño)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>Volver a las páginas</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>Guardar en mis documentos</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>%n MB como máximo</numerusform>
            <numerusform>%n MB como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>¿Qué tamaño puede tener el archivo?</translation>
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
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>Puede permitir que un trabajador social de confianza abra su caja fuerte, para ayudarle con sus papeles. La abre con una frase secreta propia, distinta de la de usted, y puede leer sus documentos. No puede cambiar la frase secreta de usted ni borrar su caja fuerte. Cada visita queda anotada en el historial. Puede retirar este permiso en cualquier momento.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>¿Está de acuerdo en que %1 pueda abrir su caja fuerte y leer sus documentos con una frase secreta propia? Puede retirar este permiso en cualquier momento.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>%1 ya no podrá abrirla.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>Su trabajador social puede abrir esta caja fuerte con una frase secreta propia: %1. Puede retirar este permiso en cualquier momento.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Escriba el nombre del trabajador social.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>El trabajador social escribe la frase secreta de arriba, o una propia de al menos 6 letras.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>%1 ya no puede abrir su caja fuerte.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>¿Retirar de verdad?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar el permiso</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>Nombre del trabajador social y dónde trabaja:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>Una frase secreta para el trabajador social:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>Trabajador social: escriba esta frase secreta, o una propia, y guárdela. Con ella abrirá esta caja fuerte.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Sí, estoy de acuerdo</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>Elegir a otra persona</translation>
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
        <source>Allow scanning</source>
        <translation>Permitir escanear</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>Permitir imprimir más</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>Abrir una caja fuerte con su hoja</translation>
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
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>A la memoria USB</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>Copiar %1 en la memoria USB</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>Elija un documento para imprimir</translation>
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
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>¿Copiar en su memoria USB?</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>«%1» se copiará en su memoria USB. No se cambia nada más en la memoria.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>Este dispositivo se ha rechazado</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>Este dispositivo no es solo una memoria USB: también funciona como teclado, tarjeta de red o radio. Por eso el equipo no lo abre. Se ha llamado a un mediador.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>Memoria USB detectada</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>¿Quiere ver sus archivos? No se cambiará nada en su memoria USB.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>la memoria USB</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>Su memoria USB está conectada. Ábrala para ver sus archivos.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>Conecte su memoria USB al equipo.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>Se ha retirado su memoria USB. Los archivos que copió siguen en «Mis documentos».</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>Abriendo su memoria USB…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Leyendo la lista de archivos…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>Leyendo la lista de archivos… %n archivo por ahora.</numerusform>
            <numerusform>Leyendo la lista de archivos… %n archivos por ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>Su memoria USB</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>Lectura detenida: solo se muestran los archivos leídos hasta ahora.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>Toque una carpeta para abrirla, o un archivo para copiarlo en «Mis documentos».</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>Comprobando «%1» y preparando una copia segura…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>«%1» ya está listo en «Mis documentos».</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>Preparando su memoria USB para que pueda retirarla…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>Ya puede retirar su memoria USB.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>Un archivo de la memoria USB todavía se está usando. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>La memoria USB ya no está conectada.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>Esta memoria USB no se puede leer aquí. Puede que use un formato que el equipo no conoce.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>Ahora no se pueden leer memorias USB en este equipo. Llame a un mediador.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>Algo no funcionó con la memoria USB.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo no funcionó. Vuelva a intentarlo o llame a un mediador.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>programa — no permitido</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>acceso directo — no permitido</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>carpeta comprimida — no permitida</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>documento protegido</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>documento con macros — no permitido</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>su nombre no corresponde a su contenido — no permitido</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>archivo ilegible</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>Algunas carpetas están dentro de demasiadas carpetas y no se pueden leer.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>Esta memoria USB tiene demasiados archivos: solo se muestran los primeros.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>enlace — no permitido</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>no es un archivo — no permitido</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>Ya ha copiado el máximo de archivos permitido en esta sesión.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>ahora no se pueden comprobar archivos en este equipo</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>este documento de Office (Word, Excel…) no se puede abrir aquí: guárdelo como PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>este archivo tarda demasiado en comprobarse</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>no se pudo copiar el archivo de la memoria USB</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>se encontró un virus — no permitido</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>cambió en la memoria USB después de leer la lista; abra de nuevo la memoria</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Ver o imprimir</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
</TS>
