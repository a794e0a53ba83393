<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>تم حذف الجلسة السابقة.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>إغلاق علامة التبويب هذه</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>تم حفظ «%1» في «مستنداتي».</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>تم حفظ نسخة من الصفحة «%1» في «مستنداتي». النسخة جاهزة للطباعة.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>تعذّر تجهيز الصفحة للطباعة.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>حاول أحد المواقع فتح علامة تبويب جديدة، لكن علامات التبويب المفتوحة كثيرة جدًا. أغلق واحدة أولًا.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>لم يتم حفظ «%1»: الملف كبير جدًا.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>لم يتم حفظ «%1»: توقّف التنزيل.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>تعذّر حفظ «%1». اطلب المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>لا يمكن فتح هذا النوع من الصفحات هنا.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>يحاول هذا الرابط فتح برنامج آخر. هذا غير ممكن على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>هذا الموقع غير متوفر على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>هذا الموقع محظور على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>لا يمكن كتابة عنوان هنا: المس أحد المواقع المعروضة.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>هذا ليس عنوان ويب. مثال: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>لم يتم حفظ «%1»: قد يكون هذا النوع من الملفات خطيرًا.</translation>
    </message>
    <message>
        <source>Checking your download…</source>
        <translation>جارٍ فحص الملف الذي نزّلته…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>لم يتم حفظ «%1»: لا يمكن فحص الملفات على هذا الجهاز الآن. اطلب المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>لم يتم حفظ «%1»: عُثر فيه على فيروس.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>لم يتم حفظ «%1»: لا يمكن قراءة الملف.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>لم يتم حفظ «%1»: الملف فارغ.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>لم يتم حفظ «%1»: المستند محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>لم يتم حفظ «%1»: اسمه لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>لم يتم حفظ «%1»: المستند يحتوي على عدد كبير جدًا من الصفحات.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>لم يتم حفظ «%1»: فحص هذا الملف يستغرق وقتًا طويلًا جدًا.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>لم يتم حفظ «%1»: لا يمكن فتح مستندات Office (Word وExcel…) على هذا الجهاز. ابحث عن نسخة PDF على الموقع.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>لا يوجد اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>لا يستطيع الجهاز الاتصال بالإنترنت الآن. ما زال يعمل: %1. يمكنك المحاولة مرة أخرى بعد قليل، أو طلب المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>تعذّر التحقق من هذا الموقع</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>شهادة الأمان الخاصة بهذا الموقع غير صالحة، لذلك قد يتمكن شخص ما من قراءة ما ترسله أو تغييره. تم حظر الصفحة لحمايتك. تحقّق من العنوان، أو اطلب المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>توقّفت الصفحة</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>توقّفت هذه الصفحة عن العمل. كل شيء آخر يعمل بشكل طبيعي. المس «إعادة التحميل» لفتحها من جديد.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>اختر موقعًا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>طباعة هذه الصفحة</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>اكتب عنوانًا، مثلًا www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان ويب</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>حساب شخصي: تذكّر تسجيل الخروج من حسابك عندما تنتهي. يُحذف كل شيء عند إنهاء الجلسة.</translation>
    </message>
</context>
<context>
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>تم النسخ إلى ذاكرة USB باسم «%1».</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>ذاكرة USB هذه محمية ضد الكتابة (ابحث عن زر صغير على جانبها).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>لا توجد مساحة كافية في ذاكرة USB.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>ذاكرة USB لم تعد موصولة.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>ذاكرة USB مشغولة. انتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>تعذّر نسخ الملف إلى ذاكرة USB.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>ورقة الاستعادة</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>خزنتي: ورقة الاستعادة</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>معرّفك</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>رمز الاستعادة (يفتح خزنتك إذا نسيت عبارتك السرية)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>عبارتك السرية (اكتبها هنا فقط إذا كنت تحفظ هذه الورقة في مكان آمن):</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>إذا لم تُفتح خزنتك قبل %1، فسيتم حذفها.</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>احتفظ بهذه الورقة مع أوراقك. أي شخص يحملها يمكنه فتح خزنتك.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>إذا فقدت عبارتك السرية وهذه الورقة معًا، فستضيع مستنداتك.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>العرض والقراءة</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>نص كبير جدًا</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>قراءة هذه الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <source>Before you go</source>
        <translation>قبل أن تغادر</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>لديك %n مستند في «مستنداتي». عند انتهاء الجلسة سيتم حذفها. هل تريد الاحتفاظ بها أولًا؟</numerusform>
            <numerusform>لديك %n مستند في «مستنداتي». عند انتهاء الجلسة سيتم حذفه. هل تريد الاحتفاظ به أولًا؟</numerusform>
            <numerusform>لديك %n مستندان في «مستنداتي». عند انتهاء الجلسة سيتم حذفهما. هل تريد الاحتفاظ بهما أولًا؟</numerusform>
            <numerusform>لديك %n مستندات في «مستنداتي». عند انتهاء الجلسة سيتم حذفها. هل تريد الاحتفاظ بها أولًا؟</numerusform>
            <numerusform>لديك %n مستندًا في «مستنداتي». عند انتهاء الجلسة سيتم حذفها. هل تريد الاحتفاظ بها أولًا؟</numerusform>
            <numerusform>لديك %n مستند في «مستنداتي». عند انتهاء الجلسة سيتم حذفها. هل تريد الاحتفاظ بها أولًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>العودة إلى مستنداتي</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>حذف كل شيء والإنهاء</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>هذا ليس خطأك. اطلب المساعدة من وسيط، أو حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 في الطريق إليك</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>ابقَ هنا: تبقى جلستك مفتوحة أثناء الانتظار.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>تم استدعاء وسيط</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
            <numerusform>أنت رقم %n في قائمة الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>سيأتي وسيط في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>في أي شيء تحتاج المساعدة؟ (هذا اختياري)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>المسح الضوئي</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>خزنتي</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>لم أعد بحاجة إلى مساعدة</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>الإنترنت</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>خزنتي</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>غير متوفر بعد على هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>تنتهي الجلسة بعد %n ثانية.</numerusform>
            <numerusform>تنتهي الجلسة بعد %n ثانية.</numerusform>
            <numerusform>تنتهي الجلسة بعد %n ثانيتين.</numerusform>
            <numerusform>تنتهي الجلسة بعد %n ثوانٍ.</numerusform>
            <numerusform>تنتهي الجلسة بعد %n ثانية.</numerusform>
            <numerusform>تنتهي الجلسة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>عند انتهاء الجلسة، يُحذف كل ما فعلته هنا.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>إنهاء الآن</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation>وضع الكشك متوقف مؤقتًا. لا يمكن للجمهور استخدام الجهاز الآن.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>الأحداث الأخيرة (بدون بيانات شخصية)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>العودة إلى وضع الكشك</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>الخروج من Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>في الانتظار منذ %n دقيقة</numerusform>
            <numerusform>في الانتظار منذ %n دقيقة</numerusform>
            <numerusform>في الانتظار منذ %n دقيقتين</numerusform>
            <numerusform>في الانتظار منذ %n دقائق</numerusform>
            <numerusform>في الانتظار منذ %n دقيقة</numerusform>
            <numerusform>في الانتظار منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>منذ لحظات</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 في الطريق</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>متصل بشبكة الموقع.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>تعذّر الوصول إلى خادم الرسائل في الموقع (%1). تبقى الطلبات محفوظة على الأجهزة، وستظهر هنا عندما يعود الخادم إلى العمل.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>جارٍ الاتصال بشبكة الموقع…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>وسيط</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>تعذّر إرسال الرد: لا يمكن الوصول إلى خادم الرسائل في الموقع.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>المسح الضوئي</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>مطفأ أو غير متصل</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>مشكلة في الطابعة</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>مشكلة في الماسح الضوئي</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>اسمك كما سيراه الجمهور:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>الطلبات الجارية</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>أنا في الطريق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>الرمز غير صحيح. المحاولات المتبقية: %n.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت لك %n محاولة.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت لك %n محاولتان.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت لك %n محاولات.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت لك %n محاولة.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت لك %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>الرمز غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>لا يوجد رمز للموظفين على هذا الجهاز. يمكن للمسؤول إنشاؤه باستخدام &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>تعذّر التحقق من الرمز. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>مجلد الجلسة</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>آخر فحص للحذف</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>سبب التوقف عن الخدمة</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>أرقام ورموز</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>هذا الجهاز خارج الخدمة</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>اطلب المساعدة من وسيط. لا يمكن رؤية مستندات أي شخص على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسختان</numerusform>
            <numerusform>%n نسخ</numerusform>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسخة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>عدد الصفحات التي ستطبعها: %n.</numerusform>
            <numerusform>ستطبع %n صفحة.</numerusform>
            <numerusform>ستطبع %n صفحتين.</numerusform>
            <numerusform>ستطبع %n صفحات.</numerusform>
            <numerusform>ستطبع %n صفحة.</numerusform>
            <numerusform>ستطبع %n صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>الصفحات المتبقية للطباعة في هذه الجلسة: %n.</numerusform>
            <numerusform>بقيت لك %n صفحة للطباعة في هذه الجلسة.</numerusform>
            <numerusform>بقيت لك %n صفحتان للطباعة في هذه الجلسة.</numerusform>
            <numerusform>بقيت لك %n صفحات للطباعة في هذه الجلسة.</numerusform>
            <numerusform>بقيت لك %n صفحة للطباعة في هذه الجلسة.</numerusform>
            <numerusform>بقيت لك %n صفحة للطباعة في هذه الجلسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>الطباعة متوقفة مؤقتًا:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>تمت الطباعة. خذ أوراقك من الطابعة.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>تم إيقاف الطباعة.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>لم تتمكن الطابعة من طباعة هذا المستند. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>في انتظار الطابعة…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تجهيز المعاينة…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>اكتب الصفحات هكذا: 1-3, 5 (الصفحات من 1 إلى 3، والصفحة 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>اختر من 1 إلى 20 نسخة.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>لم يبقَ لك عدد كافٍ من الصفحات في هذه الجلسة. اطلب وسيطًا: يمكنه أن يسمح لك بالمزيد.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>لا يمكن قراءة هذا المستند، لذلك لا يمكن طباعته.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>هذا المستند محمي بكلمة مرور، لذلك لا يمكن طباعته هنا.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>لا يوجد ورق في الطابعة. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>هناك ورق عالق في الطابعة. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>نفد الحبر من الطابعة. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>أحد أبواب الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>الطابعة مطفأة أو غير متصلة.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>لا توجد طابعة متاحة. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>حدث خطأ ما. حاول مرة أخرى، أو اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>بالألوان</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>طلب وسيط</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>الصفحات التي تريد طباعتها، مثلًا 1-3, 5 (اتركه فارغًا لطباعة الكل):</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>كل الصفحات</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>الشاشة مخفية. المس الشاشة لإظهارها من جديد.</translation>
    </message>
</context>
<context>
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>تحفظ خزنتك نسخًا من أوراقك، وهي مقفلة بعبارة سرية لا يعرفها أحد غيرك. لا يستطيع الموظفون فتحها، ولا أي شخص آخر، إلا إذا اخترت أن تسمح للأخصائي الاجتماعي الذي يتابعك بفتحها.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>الخزنة غير متوفرة على هذا الجهاز. يمكن لوسيط أن يشرح لك أكثر.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>جارٍ إنشاء خزنتك…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>لخزنتك عبارة سرية جديدة. احفظها أو اكتبها.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>خزنتك جاهزة. احفظ عبارتك السرية أو اكتبها.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>تتم الآن طباعة ورقة الاستعادة. خذها من الطابعة واحتفظ بها مع أوراقك.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>لا توجد طابعة متاحة. ورقة الاستعادة موجودة في «مستنداتي». اطبعها، أو اطلب المساعدة من وسيط.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>هذه ليست المجموعة الأخيرة من الرمز المكتوب على الورقة. انظر مرة أخرى.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>اكتب معرّفك وعبارتك السرية.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>جارٍ فتح خزنتك…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقائق، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>لا توجد خزنة بهذا المعرّف على هذا الجهاز. تحقّق منه على ورقتك.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>هذه العبارة السرية لا تفتح الخزنة. تحقّق منها، وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>في رمز الاستعادة هذا خطأ. انسخه مرة أخرى من ورقتك.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>محاولات كثيرة جدًا: الآن لا يمكن فتح هذه الخزنة إلا بورقة الاستعادة.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>أحد مستندات هذه الخزنة تالف. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>أُغلقت خزنتك تلقائيًا. افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>الخزنة غير متوفرة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>هذه العبارة السرية قصيرة جدًا: 6 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>اكتب اسم الأخصائي الاجتماعي.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>هذه هي العبارة السرية لصاحب الخزنة. يحتاج الأخصائي الاجتماعي إلى عبارة سرية خاصة به.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>صاحب الخزنة وحده يستطيع القيام بذلك.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>حدث خطأ ما. حاول مرة أخرى، أو اطلب وسيطًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>المحاولات المتبقية: %n. بعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
            <numerusform>بقيت لك %n محاولة، وبعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
            <numerusform>بقيت لك %n محاولتان، وبعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
            <numerusform>بقيت لك %n محاولات، وبعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
            <numerusform>بقيت لك %n محاولة، وبعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
            <numerusform>بقيت لك %n محاولة، وبعدها لن تُفتح الخزنة إلا بالورقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>سيتم حذف خزنتك إذا لم تُفتح قبل %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>يمكن للأخصائي الاجتماعي فتح هذه الخزنة: %1.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>تنتهي صلاحية «%1» في %2: فكّر في تجديده.</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>لا يوجد أي مستند هنا بعد. أضف مستندًا من «مستنداتي».</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>عرض أو طباعة</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>إلى مستنداتي</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>حذف فعلًا؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>هل لهذه الوثيقة تاريخ انتهاء (بطاقة هوية، بطاقة إقامة)؟ ستذكّرك خزنتك قبل شهرين.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>جارٍ وضع المستند في خزنتك…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>توجد نسخة من «%1» في «مستنداتي» حتى نهاية الجلسة.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>كل مستنداتك في ملف واحد مع قائمتها. يمكنك قفل هذا الملف بكلمة سر: يُفتح عندها بالبرنامج المجاني «age».</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>اختر كلمة سر من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>جارٍ جمع كل مستنداتك…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>خزنتي</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>كل مستنداتك في «مستنداتي»، في ملف واحد مقفل بكلمة سرك، مع قائمتها.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>كل مستنداتك موجودة في «مستنداتي»، في ملف ZIP واحد، مع قائمة بها.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>كل ما حدث في خزنتك:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>أُغلقت خزنتك تلقائيًا لأنها لم تُستخدم منذ مدة. افتحها مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF، الدخل</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>عرض مستند</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>طباعة مستند</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>استرجاع كل شيء</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>حذف مستند</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>كتابة عبارة سرية خاطئة</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>فتح الخزنة بورقة الاستعادة</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>تغيير العبارة السرية</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>ورقة استعادة جديدة</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>السماح لأخصائي اجتماعي بفتح خزنتك</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>سحب إذن الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>فتح الخزنة بواسطة الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>معرّفك (موجود على ورقتك، مثل K7-MX4Q):</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>رمز الاستعادة المطبوع على ورقتك:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>عبارتك السرية:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>لديّ عبارتي السرية</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>فقدت عبارتي السرية: استخدام ورقتي</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>معرّفك:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>رمز الاستعادة:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>للتأكد من أن الورقة معك، اكتب المجموعة الأخيرة من رمز الاستعادة (بعد الشرطة الأخيرة). إذا فقدت عبارتك السرية والورقة معًا، فستضيع مستنداتك.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>فتح خزنتي</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>إنشاء خزنتي</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>طلب وسيط</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>إضافة من مستنداتي</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>استرجاع كل شيء</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>إغلاق خزنتي</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بدون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP بدون كلمة سر</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>اقفله بكلمة السر</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>ينتهي في هذا الشهر</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>كلمة السر لقفل الملف (اتركها فارغة لملف ZIP عادي):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>فتحها الأخصائي الاجتماعي. سيرى صاحب الخزنة هذه الزيارة في السجل.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>جارٍ البحث عن الماسح الضوئي…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>هنا، يحتاج المسح الضوئي إلى وسيط. اطلب وسيطًا: سيفتح لك الماسح الضوئي.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>ماذا تريد أن تمسح ضوئيًا؟</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>ضع أوراقك في وحدة التغذية، والوجه المكتوب إلى الأعلى.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>ضع المستند على الزجاج والوجه المكتوب إلى الأسفل، في الزاوية التي عليها السهم، ثم أغلق الغطاء.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
            <numerusform>جارٍ مسح الصفحة %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>الورقة عالقة في الماسح الضوئي. افتحه بلطف، وأخرج الورقة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>غطاء الماسح الضوئي مفتوح. أغلقه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>لا يوجد ورق في وحدة التغذية. ضع أوراقك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>الماسح الضوئي مشغول. انتظر قليلًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>الماسح الضوئي لا يستجيب. تأكّد من أنه يعمل، أو اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>توقّف المسح الضوئي. لم يُحفظ أي شيء من هذه الصفحة.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>لم ينجح الماسح الضوئي في المسح. حاول مرة أخرى، أو اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>تحقّق من صفحاتك. يمكنك تدوير كل صفحة أو نقلها أو إعادة مسحها أو حذفها.</translation>
    </message>
    <message numerus="yes">
        <source>Page %n</source>
        <translation>
            <numerusform>الصفحة %n</numerusform>
            <numerusform>الصفحة %n</numerusform>
            <numerusform>الصفحة %n</numerusform>
            <numerusform>الصفحة %n</numerusform>
            <numerusform>الصفحة %n</numerusform>
            <numerusform>الصفحة %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload sites often refuse files that are too big.</source>
        <translation>كثيرًا ما ترفض المواقع الملفات الكبيرة جدًا.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>جارٍ تجهيز مستندك…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>جاهز: %n صفحة، %1.</numerusform>
            <numerusform>جاهز: %n صفحة، %1.</numerusform>
            <numerusform>جاهز: %n صفحتان، %1.</numerusform>
            <numerusform>جاهز: %n صفحات، %1.</numerusform>
            <numerusform>جاهز: %n صفحة، %1.</numerusform>
            <numerusform>جاهز: %n صفحة، %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>هذا أصغر حجم ممكن ليبقى المستند مقروءًا.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>تعذّر تجهيز المستند. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>مسح ضوئي %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>تعذّر حفظ المستند. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>بطاقة هوية</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>عدة صفحات في وحدة التغذية</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>طلب وسيط</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>إضافة صفحة</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>قصّ</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>إعادة المسح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>نص بالأبيض والأسود (أصغر حجم)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>العودة إلى الصفحات</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>حفظ في مستنداتي</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
            <numerusform>%n ميغابايت كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>المسح الضوئي</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>ما الحجم الأقصى للملف؟</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>تم استدعاء وسيط</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>طلب وسيط</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استماع</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>قناع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>إخفاء الشاشة</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>قراءة هذه الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>قناع القراءة: إخفاء كل شيء ما عدا سطرًا واحدًا</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>حجم النص والتباين</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>طلب وسيط</translation>
    </message>
</context>
<context>
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>يمكنك أن تسمح لأخصائي اجتماعي تثق به بفتح خزنتك، ليساعدك في أوراقك. يفتحها بعبارة سرية خاصة به، لا بعبارتك، ويمكنه قراءة مستنداتك. لا يمكنه تغيير عبارتك السرية ولا حذف خزنتك. تُسجَّل كل زيارة في السجل. يمكنك سحب هذا الإذن في أي وقت.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>هل توافق على أن يفتح %1 خزنتك ويقرأ مستنداتك بعبارة سرية خاصة به؟ يمكنك سحب هذا الإذن في أي وقت.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>لن يتمكن %1 من فتحها بعد الآن.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>يمكن للأخصائي الاجتماعي فتح هذه الخزنة بعبارة سرية خاصة به: %1. يمكنك سحب هذا الإذن في أي وقت.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>اكتب اسم الأخصائي الاجتماعي.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>يكتب الأخصائي الاجتماعي العبارة السرية المعروضة أعلاه، أو عبارة خاصة به من 6 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>لم يعد بإمكان %1 فتح خزنتك.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>سحب الإذن فعلًا؟</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب الإذن</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>اسم الأخصائي الاجتماعي ومكان عمله:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>عبارة سرية للأخصائي الاجتماعي:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>للأخصائي الاجتماعي: اكتب هذه العبارة السرية أو عبارة خاصة بك، واحتفظ بها. بها ستفتح هذه الخزنة.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>عبارة أخرى</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>نعم، أوافق</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>اختيار شخص آخر</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>إنهاء هذه الجلسة</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>منح مزيد من الوقت</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>الفحص والإعادة إلى الخدمة</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <source>Allow scanning</source>
        <translation>السماح بالمسح الضوئي</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>السماح بطباعة المزيد</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>فتح خزنة بورقتها</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>اختر مستندًا لإرساله</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>لا يوجد شيء في «مستنداتي». أولًا، امسح ورقة ضوئيًا أو افتح ملفًا من ذاكرة USB.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>إرسال هذا المستند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>من الإنترنت</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>ممسوح ضوئيًا</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>من ذاكرة USB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>من خزنتي</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>مرفوض: قد يكون هذا الملف خطيرًا</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>تم فحصه وتنظيفه</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>نسخ %1 إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>اختر مستندًا لطباعته</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>لا يوجد شيء هنا بعد. ستظهر هنا المستندات التي تنزّلها أو تمسحها ضوئيًا أو تفتحها من ذاكرة USB.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>يُحذف كل ما هنا عند انتهاء الجلسة، إلا إذا احتفظت به.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>دخول الموظفين: أدخل رمزك</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>حذف رقم واحد</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>النسخ إلى ذاكرة USB؟</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>سيتم نسخ «%1» إلى ذاكرة USB. لن يتغيّر أي شيء آخر فيها.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>هذا الجهاز الموصول مرفوض</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>هذه ليست ذاكرة USB فقط (فهي تعمل أيضًا كلوحة مفاتيح أو بطاقة شبكة أو جهاز لاسلكي)، لذلك لا يفتحها الجهاز. تم استدعاء وسيط.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>تم اكتشاف ذاكرة USB</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>هل تريد رؤية ملفاتها؟ لن يتغيّر أي شيء في ذاكرة USB.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>ذاكرة USB موصولة. افتحها لرؤية ملفاتها.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>أدخل ذاكرة USB في الجهاز.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>تمت إزالة ذاكرة USB. الملفات التي أخذتها ما زالت في «مستنداتي».</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>جارٍ فتح ذاكرة USB…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>جارٍ قراءة قائمة الملفات…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملف حتى الآن.</numerusform>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملف حتى الآن.</numerusform>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملفان حتى الآن.</numerusform>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملفات حتى الآن.</numerusform>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملفًا حتى الآن.</numerusform>
            <numerusform>جارٍ قراءة قائمة الملفات… %n ملف حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>ذاكرة USB الخاصة بك</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>توقّفت القراءة: تظهر فقط الملفات التي تمت قراءتها حتى الآن.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>المس مجلدًا لفتحه، أو ملفًا لأخذه إلى «مستنداتي».</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>هذا المجلد فارغ.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>جارٍ فحص «%1» وتجهيز نسخة آمنة…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>«%1» جاهز في «مستنداتي».</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>جارٍ تجهيز ذاكرة USB لإزالتها…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>يمكنك الآن إزالة ذاكرة USB.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>أحد ملفات الذاكرة ما زال قيد الاستخدام. انتظر قليلًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>ذاكرة USB لم تعد موصولة.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>لا يمكن قراءة ذاكرة USB هذه هنا. ربما تستخدم تنسيقًا لا يعرفه الجهاز.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>لا يمكن قراءة ذاكرات USB على هذا الجهاز الآن. اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>حدث خطأ ما في ذاكرة USB.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>حدث خطأ ما. حاول مرة أخرى، أو اطلب وسيطًا.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>برنامج — غير مسموح</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>اختصار — غير مسموح</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>مجلد مضغوط — غير مسموح</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>مستند محمي</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>مستند يحتوي على وحدات ماكرو — غير مسموح</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>اسمه لا يطابق محتواه — غير مسموح</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>ملف لا يمكن قراءته</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>بعض المجلدات موجودة داخل مجلدات كثيرة جدًا، ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>في هذه الذاكرة ملفات كثيرة جدًا: تظهر الملفات الأولى فقط.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>رابط — غير مسموح</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>ليس ملفًا — غير مسموح</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>لقد أخذت الحد الأقصى من الملفات في هذه الجلسة.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>لا يمكن فحص الملفات على هذا الجهاز الآن</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>لا يمكن فتح مستندات Office (Word وExcel…) هنا؛ احفظ هذا الملف بصيغة PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>فحص هذا الملف يستغرق وقتًا طويلًا جدًا</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>تعذّر نسخ الملف من الذاكرة</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>عُثر فيه على فيروس — غير مسموح</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>تغيّر الملف على مفتاح USB بعد قراءة القائمة؛ افتح المفتاح من جديد</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>عرض أو طباعة</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>إخراج</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
</context>
</TS>
