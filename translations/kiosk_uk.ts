<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Торкніться екрана, щоб почати</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>Попередній сеанс стерто.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>Закрити цю вкладку</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>Документ «%1» збережено в папці «Мої документи».</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>Копію сторінки «%1» збережено в папці «Мої документи». Її можна надрукувати.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>Не вдалося підготувати сторінку до друку.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>Сайт хотів відкрити ще одну вкладку, але відкрито забагато вкладок. Спочатку закрийте одну з них.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>Документ «%1» не збережено: файл завеликий.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>Документ «%1» не збережено: завантаження перервалося.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>Не вдалося зберегти документ «%1». Зверніться до консультанта.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>Таку сторінку тут відкрити не можна.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>Це посилання хоче відкрити іншу програму. На цьому комп’ютері це неможливо.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>Цей сайт недоступний на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>Цей сайт заблоковано на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>Тут не можна ввести адресу: торкніться одного із запропонованих сайтів.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>Це не адреса сайту. Приклад: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>Документ «%1» не збережено: такий тип файлу може бути небезпечним.</translation>
    </message>
    <message>
        <source>Checking your download…</source>
        <translation>Перевіряємо ваше завантаження…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>Документ «%1» не збережено: зараз на цьому комп’ютері неможливо перевіряти файли. Зверніться до консультанта.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>Документ «%1» не збережено: у ньому знайдено вірус.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>Документ «%1» не збережено: файл неможливо прочитати.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>Документ «%1» не збережено: файл порожній.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>Документ «%1» не збережено: його захищено паролем.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>Документ «%1» не збережено: назва не відповідає вмісту.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>Документ «%1» не збережено: у ньому забагато сторінок.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>Документ «%1» не збережено: перевірка цього файлу триває задовго.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>Документ «%1» не збережено: документи Office (Word, Excel…) на цьому комп’ютері не відкриваються. Пошукайте на сайті версію у форматі PDF.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>Немає підключення до інтернету</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>Зараз цей комп’ютер не може підключитися до інтернету. Без інтернету доступно: %1. Спробуйте ще раз трохи пізніше або зверніться до консультанта.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>Не вдалося перевірити цей сайт</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>Сертифікат безпеки цього сайту недійсний, тому хтось може прочитати або змінити те, що ви надсилаєте. Сторінку заблоковано, щоб захистити вас. Перевірте адресу або зверніться до консультанта.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>Сторінка перестала працювати</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>Ця сторінка перестала працювати. Усе інше працює як звичайно. Торкніться «Оновити», щоб відкрити її знову.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Виберіть сайт</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайти</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавіатура</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Надрукувати цю сторінку</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>Введіть адресу, наприклад www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Адреса сайту</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>Особистий кабінет: коли закінчите, не забудьте з нього вийти. Коли ви завершите сеанс, усе буде стерто.</translation>
    </message>
</context>
<context>
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>Скопійовано на вашу флешку як «%1».</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>Ця флешка захищена від запису (пошукайте маленький перемикач збоку).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>На флешці недостатньо місця.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>Флешки більше немає.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>Флешка зайнята. Зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>Не вдалося скопіювати файл на флешку.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Аркуш відновлення</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>Мій сейф: аркуш відновлення</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>Ваш ідентифікатор</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>Ваш код відновлення (він відкриває сейф, якщо ви забудете секретну фразу)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>Ваша секретна фраза (запишіть її тут, лише якщо зберігаєте цей аркуш у надійному місці):</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>Якщо сейф не відкрити до цієї дати, його буде видалено: %1</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>Зберігайте цей аркуш разом зі своїми документами. Будь-хто, у кого він є, може відкрити ваш сейф.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>Якщо ви втратите і секретну фразу, і цей аркуш, ваші документи буде втрачено.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>Екран і читання</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Найбільший текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Прочитати цей екран уголос</translation>
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
        <translation>Перш ніж піти</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>У папці «Мої документи» є %n документ. Після завершення сеансу його буде стерто. Хочете спершу його зберегти?</numerusform>
            <numerusform>У папці «Мої документи» є %n документи. Після завершення сеансу їх буде стерто. Хочете спершу їх зберегти?</numerusform>
            <numerusform>У папці «Мої документи» є %n документів. Після завершення сеансу їх буде стерто. Хочете спершу їх зберегти?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>Назад до документів</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>Стерти все й завершити</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>Це не ваша провина. Зверніться до консультанта або спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 вже йде до вас</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>Залишайтеся тут: поки ви чекаєте, ваш сеанс не закриється.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>Консультанта викликано</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>Ваш номер у черзі: %n.</numerusform>
            <numerusform>Ваш номер у черзі: %n.</numerusform>
            <numerusform>Ваш номер у черзі: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>Консультант підійде якнайшвидше.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>З чим вам потрібна допомога? (необов’язково)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Сканування</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>USB-флешка</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Мій сейф</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>Мені вже не потрібна допомога</translation>
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
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Інтернет</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB-флешка</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Мій сейф</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>Поки що недоступно на цьому комп’ютері</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>Сеанс завершиться через %n секунду.</numerusform>
            <numerusform>Сеанс завершиться через %n секунди.</numerusform>
            <numerusform>Сеанс завершиться через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>Коли сеанс завершиться, усе, що ви тут робили, буде стерто.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Я ще тут</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Завершити зараз</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Обслуговування</translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation>Режим кіоску призупинено. Відвідувачі зараз не можуть користуватися цим комп’ютером.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>Останні події (без персональних даних)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>Повернутися до режиму кіоску</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>Вийти з Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>чекає %n хвилину</numerusform>
            <numerusform>чекає %n хвилини</numerusform>
            <numerusform>чекає %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>щойно</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 вже йде</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>Підключено до мережі закладу.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>Не вдається зв’язатися із сервером повідомлень закладу (%1). Запити зберігаються на комп’ютерах і з’являться тут, щойно сервер знову запрацює.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>Підключення до мережі закладу…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>Не вдалося надіслати відповідь: сервер повідомлень закладу недоступний.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Потрібна допомога</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>друк</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>сканування</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>USB-флешка</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>сейф</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>free</source>
        <translation>вільний</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>зайнятий</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>не працює</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>вимкнений або відключений від мережі</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>проблема з принтером</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>проблема зі сканером</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>Запити на допомогу</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>Ваше ім’я, як його бачитимуть відвідувачі:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>Активні запити</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Комп’ютери</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Іду</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Неправильний PIN-код. Залишилася %n спроба.</numerusform>
            <numerusform>Неправильний PIN-код. Залишилося %n спроби.</numerusform>
            <numerusform>Неправильний PIN-код. Залишилося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n хвилину.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n хвилини.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n хвилин.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>На цьому комп’ютері не встановлено PIN-код персоналу. Адміністратор може створити його командою &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Не вдалося перевірити PIN-код. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Заклад</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка даних</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Папка сеансу</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>Остання перевірка стирання</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>успішна</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>невдала</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>Причина зупинки роботи</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Велика літера</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Цифри та знаки</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Введення</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Сховати клавіатуру</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>Цей комп’ютер не працює</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>Зверніться до консультанта. Жодних особистих документів на цьому комп’ютері не видно.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n копія</numerusform>
            <numerusform>%n копії</numerusform>
            <numerusform>%n копій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>Буде надруковано %n сторінку.</numerusform>
            <numerusform>Буде надруковано %n сторінки.</numerusform>
            <numerusform>Буде надруковано %n сторінок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>У цьому сеансі ви можете надрукувати ще %n сторінку.</numerusform>
            <numerusform>У цьому сеансі ви можете надрукувати ще %n сторінки.</numerusform>
            <numerusform>У цьому сеансі ви можете надрукувати ще %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>Друк призупинено:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>Надруковано. Заберіть свої сторінки з принтера.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>Друк зупинено.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>Принтер не зміг надрукувати цей документ. Викличте консультанта.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Триває друк…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Очікування принтера…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Готуємо попередній перегляд…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Надсилаємо на принтер…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>Вкажіть сторінки так: 1-3, 5 (сторінки з 1 по 3 і сторінка 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>Виберіть від 1 до 20 копій.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>У цьому сеансі залишилося замало сторінок. Викличте консультанта: він може дозволити більше.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Цей документ неможливо прочитати, тому його не можна надрукувати.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>Цей документ захищено паролем, тому тут його не можна надрукувати.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>у принтері закінчився папір. Викличте консультанта.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>у принтері застряг папір. Викличте консультанта.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>у принтері закінчилося чорнило. Викличте консультанта.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>відкрита кришка принтера.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>принтер вимкнений або не підключений.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>Немає доступного принтера. Викличте консультанта.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Щось пішло не так. Спробуйте ще раз або викличте консультанта.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Менше</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Більше</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Кольоровий</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чорно-білий</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Викликати консультанта</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступна</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>Сторінки для друку (залиште порожнім, щоб надрукувати всі), наприклад 1-3, 5:</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Усі сторінки</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>Екран приховано. Торкніться екрана, щоб побачити його знову.</translation>
    </message>
</context>
<context>
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>Ваш сейф зберігає копії ваших документів. Він закритий секретною фразою, яку знаєте лише ви. Працівники не можуть його відкрити. Ніхто інший теж не може, якщо тільки ви самі не дозволите це своєму соціальному працівникові.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>Сейф недоступний на цьому комп’ютері. Консультант може розповісти більше.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>Створюємо ваш сейф…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>Ваш сейф має нову секретну фразу. Запам’ятайте її або запишіть.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>Ваш сейф готовий. Запам’ятайте свою секретну фразу або запишіть її.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>Ваш аркуш відновлення друкується. Заберіть його з принтера і зберігайте разом зі своїми документами.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>Немає доступного принтера. Ваш аркуш відновлення збережено в папці «Мої документи». Надрукуйте його або зверніться до консультанта.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>Це не остання група коду з аркуша. Подивіться ще раз.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>Введіть свій ідентифікатор і секретну фразу.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>Відкриваємо ваш сейф…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Забагато спроб. Зачекайте %n хвилину, потім спробуйте ще раз.</numerusform>
            <numerusform>Забагато спроб. Зачекайте %n хвилини, потім спробуйте ще раз.</numerusform>
            <numerusform>Забагато спроб. Зачекайте %n хвилин, потім спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>На цьому комп’ютері немає сейфа з таким ідентифікатором. Перевірте його на своєму аркуші.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>Ця секретна фраза не відкриває сейф. Перевірте її і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>У цьому коді відновлення є помилка. Перепишіть його ще раз зі свого аркуша.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>Забагато спроб: тепер цей сейф можна відкрити лише аркушем відновлення.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>Документ у цьому сейфі пошкоджено. Викличте консультанта.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>Ваш сейф закрився сам. Відкрийте його знову.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>Сейф недоступний на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>Ця секретна фраза надто коротка: щонайменше 6 літер.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Введіть ім&apos;я соціального працівника.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>Це секретна фраза власника сейфа. Соціальному працівникові потрібна власна секретна фраза.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>Це може зробити лише власник сейфа.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Щось пішло не так. Спробуйте ще раз або викличте консультанта.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>Залишилася %n спроба, потім сейф відкриє лише аркуш відновлення.</numerusform>
            <numerusform>Залишилося %n спроби, потім сейф відкриє лише аркуш відновлення.</numerusform>
            <numerusform>Залишилося %n спроб, потім сейф відкриє лише аркуш відновлення.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>Ваш сейф буде видалено, якщо не відкрити його до цієї дати: %1</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>Ваш соціальний працівник може відкривати цей сейф: %1.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>Не забудьте поновити документ «%1». Його термін дії закінчується: %2</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>Тут ще немає документів. Додайте документ із папки «Мої документи».</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Перегляд і друк</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>До Моїх документів</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>На флешку</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Справді видалити?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>Чи має цей документ дату закінчення (посвідчення особи, дозвіл на проживання)? Сейф нагадає вам за два місяці.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>Кладемо документ у ваш сейф…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>Копія «%1» є в «Моїх документах» до кінця сесії.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>Усі ваші документи в одному файлі, зі списком. Ви можете закрити цей файл паролем: тоді він відкривається безкоштовною програмою «age».</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Виберіть пароль щонайменше з 8 символів.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>Збираємо всі ваші документи…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>Мій сейф</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>Усі ваші документи в «Моїх документах», в одному файлі, закритому вашим паролем, зі списком.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>Усі ваші документи збережено в папці «Мої документи» в одному ZIP-файлі разом зі списком.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>Усе, що відбувалося з вашим сейфом:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>Ваш сейф закрився сам, бо ним деякий час не користувалися. Відкрийте його знову, щоб продовжити.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Посвідчення</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF, доходи</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Податки</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>сейф створено</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>документ додано</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>документ переглянуто</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>документ надруковано</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>усе забрано</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>документ видалено</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>неправильна секретна фраза</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>відкрито аркушем відновлення</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>секретну фразу змінено</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>новий аркуш відновлення</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>соціальному працівникові дозволено відкривати сейф</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>дозвіл соціального працівника скасовано</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>відкрито вашим соціальним працівником</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>Ваш ідентифікатор (він є на аркуші, наприклад K7-MX4Q):</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>Код відновлення, надрукований на вашому аркуші:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>Ваша секретна фраза:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>У мене є секретна фраза</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>Секретну фразу втрачено: використати аркуш</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>Ваш ідентифікатор:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>Ваш код відновлення:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>Щоб перевірити, що аркуш у вас, введіть останню групу коду відновлення (після останнього дефіса). Якщо ви втратите і секретну фразу, і аркуш, ваші документи буде втрачено.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>Відкрити мій сейф</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>Створити мій сейф</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Викликати консультанта</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>Додати з «Мої документи»</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>Забрати все</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>Закрити мій сейф</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Без дати закінчення</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP без пароля</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>Закрити паролем</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>Закінчується цього місяця</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>Пароль, щоб закрити файл (залиште порожнім для звичайного ZIP):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>Відкрито соціальним працівником. Власник побачить цей візит в історії.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>Шукаємо сканер…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>Щоб сканувати тут, потрібен консультант. Викличте його: він розблокує для вас сканер.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>Що ви хочете відсканувати?</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>Покладіть сторінки в лоток подачі лицьовим боком догори.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>Покладіть документ на скло лицьовим боком донизу, у кут зі стрілкою, і закрийте кришку.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>Сканування сторінки %n…</numerusform>
            <numerusform>Сканування сторінки %n…</numerusform>
            <numerusform>Сканування сторінки %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>У сканері застряг папір. Обережно відкрийте сканер, вийміть папір і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>Кришка сканера відкрита. Закрийте її і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>У лотку подачі немає паперу. Покладіть сторінки і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>Сканер зайнятий. Зачекайте трохи і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>Сканер не відповідає. Перевірте, чи він увімкнений, або викличте консультанта.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>Сканування зупинено. З цієї сторінки нічого не збережено.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>Сканеру не вдалося відсканувати. Спробуйте ще раз або викличте консультанта.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>Перевірте сторінки. Кожну можна повернути, перемістити, повторити або видалити.</translation>
    </message>
    <message numerus="yes">
        <source>Page %n</source>
        <translation>
            <numerusform>Сторінка %n</numerusform>
            <numerusform>Сторінка %n</numerusform>
            <numerusform>Сторінка %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload sites often refuse files that are too big.</source>
        <translation>Сайти часто не приймають завеликі файли.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>Готуємо ваш документ…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>Готово: %n сторінка, %1.</numerusform>
            <numerusform>Готово: %n сторінки, %1.</numerusform>
            <numerusform>Готово: %n сторінок, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>Це найменший розмір, за якого документ ще можна прочитати.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>Не вдалося підготувати документ. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Скан %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>Не вдалося зберегти документ. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>Посвідчення особи</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>Кілька сторінок у лотку подачі</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Викликати консультанта</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>Додати сторінку</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Обрізати</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>Чорно-білий текст (найменший файл)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>Назад до сторінок</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>Зберегти в «Мої документи»</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>Не більше %n МБ</numerusform>
            <numerusform>Не більше %n МБ</numerusform>
            <numerusform>Не більше %n МБ</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Сканування</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>Який найбільший розмір файлу?</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>Консультанта викликано</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Викликати консультанта</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Маска</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Приховати екран</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Прочитати цей екран уголос</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>Маска для читання: сховати все, крім одного рядка</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Розмір тексту і контраст</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершити сеанс</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>Доступ для персоналу</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Викликати консультанта</translation>
    </message>
</context>
<context>
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>Ви можете дозволити соціальному працівникові, якому довіряєте, відкривати ваш сейф, щоб допомагати вам із документами. Він відкриває його власною секретною фразою, не вашою, і може читати ваші документи. Він не може змінити вашу секретну фразу чи видалити ваш сейф. Кожен візит записується в історію. Ви можете скасувати цей дозвіл будь-коли.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>Ви дозволяєте відкривати ваш сейф і читати ваші документи власною секретною фразою: %1? Ви можете скасувати цей дозвіл будь-коли.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>Більше не зможе відкрити сейф: %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>Ваш соціальний працівник може відкривати цей сейф власною секретною фразою: %1. Ви можете скасувати цей дозвіл будь-коли.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Введіть ім&apos;я соціального працівника.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>Соціальний працівник вводить секретну фразу, показану вище, або власну фразу щонайменше з 6 літер.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>Більше не може відкрити ваш сейф: %1.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>Справді скасувати?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Скасувати дозвіл</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>Ім&apos;я соціального працівника та місце роботи:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>Секретна фраза для соціального працівника:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>Для соціального працівника: введіть цю секретну фразу або власну та збережіть її. Нею ви відкриватимете цей сейф.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Інша</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Так, я погоджуюся</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>Вибрати іншу людину</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>Доступ для персоналу</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>Завершити цей сеанс</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>Дати більше часу</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>Перевірити й повернути в роботу</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Обслуговування</translation>
    </message>
    <message>
        <source>Allow scanning</source>
        <translation>Дозволити сканування</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>Дозволити більше друку</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>Відкрити сейф за аркушем</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>Виберіть документ для надсилання</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>У папці «Мої документи» немає жодного документа. Спочатку відскануйте паперовий документ або відкрийте файл з USB-флешки.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>Надіслати цей документ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>З інтернету</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Відскановано</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>З USB-флешки</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Сторінка сайту</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>З мого сейфа</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>Відхилено: цей файл може бути небезпечним</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>Перевірено й очищено</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Надрукувати %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>На флешку</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>Скопіювати %1 на флешку</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>Виберіть документ для друку</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>Тут поки нічого немає. Тут з’являться документи, які ви завантажите, відскануєте або відкриєте з USB-флешки.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>Коли сеанс завершиться, усе, що тут є, буде стерто, якщо ви цього не збережете.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>Доступ для персоналу: введіть PIN-код</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Стерти одну цифру</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>Флешка</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>Скопіювати на вашу флешку?</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>«%1» буде скопійовано на вашу флешку. Нічого іншого на ній не змінюється.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Скопіювати</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>Цей пристрій відхилено</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>Цей пристрій — не просто USB-флешка: він також працює як клавіатура, мережева карта або радіо. Тому комп’ютер його не відкриває. Консультанта викликано.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>Виявлено USB-флешку</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>Хочете переглянути файли на ній? На флешці нічого не буде змінено.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>Відкрити %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>флешку</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>Вашу USB-флешку підключено. Відкрийте її, щоб побачити файли.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>Вставте USB-флешку в комп’ютер.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>USB-флешку від’єднано. Файли, які ви скопіювали, залишилися в папці «Мої документи».</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>Відкриваємо вашу USB-флешку…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Читаємо список файлів…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>Читаємо список файлів… поки що %n файл.</numerusform>
            <numerusform>Читаємо список файлів… поки що %n файли.</numerusform>
            <numerusform>Читаємо список файлів… поки що %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>Ваша USB-флешка</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>Читання зупинено: показано лише файли, які встигли прочитати.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>Торкніться папки, щоб відкрити її, або файлу, щоб скопіювати його в папку «Мої документи».</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Ця папка порожня.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>Перевіряємо «%1» і готуємо безпечну копію…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>Документ «%1» готовий у папці «Мої документи».</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>Готуємо USB-флешку, щоб її можна було вийняти…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>Тепер можна вийняти USB-флешку.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>Файл із флешки ще використовується. Зачекайте трохи і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>USB-флешка більше не підключена.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>Цю USB-флешку тут неможливо прочитати. Можливо, вона має формат, невідомий цьому комп’ютеру.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>Зараз на цьому комп’ютері неможливо читати USB-флешки. Викличте консультанта.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>Щось пішло не так із USB-флешкою.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Щось пішло не так. Спробуйте ще раз або викличте консультанта.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>дозволено</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>програма — не дозволено</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>ярлик — не дозволено</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>стиснена папка — не дозволено</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>захищений документ</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>документ із макросами — не дозволено</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>назва не відповідає вмісту — не дозволено</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>файл неможливо прочитати</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>завеликий</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>Деякі папки вкладені надто глибоко, їх неможливо прочитати.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>На цій флешці забагато файлів: показано лише перші.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>посилання — не дозволено</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>це не файл — не дозволено</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>порожній файл</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>Ви вже скопіювали максимальну кількість файлів для цього сеансу.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>зараз на цьому комп’ютері неможливо перевіряти файли</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>документи Office (Word, Excel…) тут не відкриваються: збережіть цей файл як PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>перевірка цього файлу триває задовго</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>не вдалося скопіювати файл із флешки</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>у ньому знайдено вірус — не дозволено</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>він змінився на флешці після читання списку; відкрийте флешку ще раз</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>не дозволено</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB-флешка</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Перегляд і друк</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Вийняти</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
</context>
</TS>
