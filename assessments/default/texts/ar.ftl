# Avenir – Arabic texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = هل تراودك فكرة العودة إلى بلدك؟ إليك المساعدة المتاحة
ui-listen = استماع
ui-no-voice = لا يوجد على هذا الهاتف صوت لـ{ $language } يعمل دون إنترنت، لذا لا يمكن قراءة هذا النص بصوت مسموع.
ui-exit-page = الخروج من هذه الصفحة
ui-exit-hint = أو الضغط على مفتاح Shift ثلاث مرات. ستُحذف الإجابات.
ui-exit-press-two = Shift: مرتان أخريان للخروج.
ui-exit-press-one = Shift: مرة أخرى للخروج.
ui-language = اللغة
ui-draft-translation = هذه الترجمة مسودة: لم يراجعها بعدُ متحدث أصلي باللغة.
ui-language-failed = تعذّر تحميل هذه اللغة. يظهر النص باللغة الإنجليزية.
ui-loading = جارٍ التحميل…
ui-continue = متابعة
ui-back = رجوع
ui-progress = السؤال { $n } من { $total }
ui-choose-an-answer = يُرجى اختيار إجابة، أو «أفضّل عدم الإجابة».
ui-enter-a-number = يُرجى إدخال عدد صحيح من { $min } إلى { $max }.
ui-error-summary = توجد مشكلة
ui-why-we-ask = لماذا نسأل هذا السؤال
ui-privacy-note = تبقى إجاباتك على هذا الهاتف. لا يُرسَل أي شيء، ولا يُحفَظ أي شيء إلا إذا اخترت ذلك.
ui-start-title = هل تفكّر في العودة إلى بلدك؟
ui-start-what = الإجابة عن بعض الأسئلة تستغرق بضع دقائق. بعدها تظهر برامج العودة التي قد تتمكّن من الاستفادة منها، وما قد تحتاج إلى المساعدة فيه، والجهات التي يمكن التواصل معها، ومنها استشارة قانونية مستقلة حول جميع الخيارات المتاحة.
ui-start-private = تبقى إجاباتك على هذا الهاتف. لا يُرسَل أي شيء، ولا يُحفَظ أي شيء إلا إذا اخترت ذلك. لا يوجد حساب ولا تتبّع.
ui-start-check = يمكن لأي شخص التحقق من ذلك: بعد تحميل هذه الصفحة، تستمر في العمل حتى مع إيقاف الإنترنت.
ui-start-indicative = النتيجة استرشادية. تساعد في التحضير لحديث مع مستشار، ولا تقرّر أي شيء. العودة قرار شخصي دائمًا.
ui-start = البدء
ui-results-title = نتائجك الإرشادية
ui-review-title = مراجعة الإجابات
ui-see-results = عرض النتائج
ui-indicative = هذه النتيجة إرشادية فقط. تساعدك على التحضير لحديث مع مستشار، ولا تُغني عنه. القرار دائمًا قرارك.
ui-checked-on = تم التحقق من القواعد آخر مرة في { $date }.
ui-content-version = إصدار المحتوى { $version }
ui-programmes = برامج قد يمكنك الاستفادة منها
ui-no-programmes = لا يوجد برنامج يتوافق مع إجاباتك. يمكن لمستشار أن يخبرك بخيارات أخرى.
ui-likely = مرجَّح
ui-possibly = محتمل
ui-not-likely = غير مرجَّح
ui-runs = الجهة التي تديره
ui-offers = ما يقدّمه
ui-how = كيفية الوصول إليه
ui-why-result = لماذا
ui-reason-met = يتوافق:
ui-reason-unmet = لا يتوافق:
ui-reason-unknown = غير معروف بعد:
ui-settle = هذه الإجابة ستحسم الأمر:
ui-ask-counsellor = يمكن لمستشار أن يخبرك.
ui-change-answer = تغيير إجابتك
ui-source = المصدر
ui-sources-checked = المصادر التي جرى التحقق منها في { $date }:
ui-needs = المساعدة التي قد تلزمك
ui-no-needs = لم تُظهر إجاباتك حاجة إلى مساعدة. ومع ذلك، يمكنك سؤال مستشار عن أي أمر.
ui-urgency-immediate = عاجل
ui-urgency-before-departure = قبل المغادرة
ui-urgency-after-arrival = بعد الوصول
ui-contacts = جهات يمكن التواصل معها
ui-contact-legal = استشارة قانونية مستقلة
ui-contact-emergency = الطوارئ وخطوط المساعدة
ui-contact-helps-with = مجالات المساعدة:
ui-contact-phone = الهاتف
ui-contact-email = البريد الإلكتروني
ui-contact-website = الموقع الإلكتروني
ui-contact-address = العنوان
ui-contact-hours = ساعات العمل
ui-contact-hours-always = الخدمة متاحة ليلًا ونهارًا، كل يوم
ui-contact-languages = اللغات
ui-contact-serves = نطاق الخدمة
ui-change-answers = تغيير إجاباتك
ui-start-again = البدء من جديد
ui-content-error = تعذّر تحميل هذا التقييم. يُرجى المحاولة لاحقًا، أو سؤال مستشار.
ui-save = حفظ إجاباتي على هذا الهاتف
ui-save-hint = فقط إذا لم يكن أحد غيرك يستخدم هذا الهاتف. تُحفَظ إجاباتك على هذا الهاتف ولا تُرسَل أبدًا.
ui-saved = إجاباتك محفوظة على هذا الهاتف، وليس في أي مكان آخر.
ui-save-failed = هذا المتصفح لا يسمح بالحفظ. تبقى إجاباتك فقط حتى تُغلق هذه الصفحة.
ui-delete-everything = حذف كل شيء
ui-delete-hint = يحذف إجاباتك وكل ما يحتفظ به هذا التقييم على هذا الهاتف.
ui-deleted = تم حذف كل شيء من هذا الهاتف.
ui-resume-found = إجاباتك من المرة السابقة محفوظة على هذا الهاتف.
ui-resume = المتابعة من حيث توقفت

## Shared options

option-yes = نعم
option-no = لا
option-dont-know = لا أعرف
option-prefer-not-to-say = أفضّل عدم الإجابة

## Questions

question-stay_country = ما بلد إقامتك الآن؟
option-stay_country-other = بلد آخر

question-return_country = ما البلد الذي تراودك فكرة العودة إليه؟
option-return_country-other = بلد آخر خارج الاتحاد الأوروبي
option-return_country-eu = بلد في الاتحاد الأوروبي

question-residence = ما وضعك في بلد إقامتك الحالي؟
question-residence-why = البرامج متاحة لأشخاص في أوضاع معيّنة دون غيرها. إجابتك تحدّد فقط البرامج التي تظهر لك، وتبقى على هذا الهاتف.
option-residence-asylum_pending = قدّمتُ طلب لجوء وأنتظر القرار
option-residence-no_permit = لم أقدّم طلب لجوء أبدًا، وليس لديّ تصريح إقامة
question-travel_document = هل لديك جواز سفر ساري المفعول أو وثيقة سفر أخرى سارية المفعول؟

question-children = كم عدد الأطفال دون سن 18 الذين سيعودون معك؟
question-children-hint = يُرجى كتابة 0 إذا لم يكن أي طفل سيعود معك.

question-health = هل لديك مرض أو حالة صحية تحتاج إلى علاج أو إلى تناول دواء بانتظام؟
question-health-why = لكي نعرض عليك المساعدة التي تتيح مواصلة علاجك بعد العودة. تبقى إجابتك على هذا الهاتف.

question-medicine = هل لديك ما يكفي من الدواء للرحلة وللأسابيع الأولى بعد الوصول؟

question-fear_of_return = هل يخيفك ما قد يحدث لك في حال عودتك؟
question-fear_of_return-why = إذا كانت العودة تخيفك، فقد يكون لك الحق في الحماية، ويمكن لمحامٍ أن يخبرك بكل الخيارات المتاحة. تبقى إجابتك على هذا الهاتف.

question-exploitation = هل أخذ أحدٌ وثائقك، أو أجبرك على العمل أو على القيام بأمور ضد إرادتك؟
question-exploitation-why = قد تكون هذه علامات على الاستغلال أو الاتجار بالبشر. إذا كان هذا يحدث لك، فهناك خدمات تقدّم المساعدة بسرّية. تبقى إجابتك على هذا الهاتف.

## Programmes

programme-fedasil_avr = برنامج العودة الطوعية (Fedasil)
programme-fedasil_avr-runs = Fedasil، الوكالة الفيدرالية البلجيكية لاستقبال طالبي اللجوء. وتتولّى IOM تنظيم الرحلة.
criterion-fedasil_avr-in_belgium-met = إقامتك في بلجيكا، حيث يعمل هذا البرنامج.
criterion-fedasil_avr-in_belgium-unmet = هذا البرنامج مخصّص للأشخاص المقيمين في بلجيكا.
criterion-fedasil_avr-in_belgium-unknown = هذا البرنامج مخصّص للأشخاص المقيمين في بلجيكا.
criterion-fedasil_avr-no_residence_permit-met = البرنامج مخصّص للأشخاص الذين ليس لديهم تصريح إقامة في بلجيكا: من ينتظرون قرارًا بشأن طلب اللجوء، ومن رُفض طلبهم، ومن لم يقدّموا طلبًا أبدًا.
criterion-fedasil_avr-no_residence_permit-unmet = البرنامج مخصّص للأشخاص الذين ليس لديهم تصريح إقامة في بلجيكا. إذا كان لديك تصريح إقامة، يمكن لمستشار أن يخبرك بخيارات أخرى.
criterion-fedasil_avr-no_residence_permit-unknown = البرنامج مخصّص للأشخاص الذين ليس لديهم تصريح إقامة في بلجيكا.

programme-eurp = برنامج الاتحاد الأوروبي لإعادة الإدماج (EURP)
programme-eurp-runs = Frontex، وكالة الحدود التابعة للاتحاد الأوروبي، بالتعاون مع منظمات شريكة في بلدان العودة. وكان اسمه سابقًا خدمات إعادة الإدماج المشتركة (JRS).
programme-eurp-how = لا يمكنك تقديم الطلب بنفسك: سلطات بلد المغادرة هي التي تسجّلك، عادةً عن طريق مستشار العودة، قبل المغادرة ببضعة أسابيع. يمكنك سؤال مستشار العودة.

criterion-eurp-non_eu_country-met = البرنامج مخصّص للأشخاص القادمين من بلدان خارج الاتحاد الأوروبي.
criterion-eurp-non_eu_country-unmet = البرنامج مخصّص للأشخاص القادمين من بلدان خارج الاتحاد الأوروبي، لذلك لا يشمل العودة إلى بلد في الاتحاد الأوروبي.
criterion-eurp-non_eu_country-unknown = البرنامج مخصّص للأشخاص القادمين من بلدان خارج الاتحاد الأوروبي.
criterion-eurp-country_covered-met = بلدك مدرج في قائمة البلدان التي يعمل فيها البرنامج، كما نُشرت لحالات العودة من ألمانيا. وتنطبق قواعد خاصة على بعض البلدان، ويمكن لمستشار شرحها.
criterion-eurp-country_covered-unmet = لا يعمل البرنامج إلا في بعض البلدان خارج الاتحاد الأوروبي.
criterion-eurp-country_covered-unknown = يعمل البرنامج في نحو 39 بلدًا. بلدك غير مدرج في القائمة التي وجدناها (المنشورة لحالات العودة من ألمانيا)، لذا لا يستطيع تأكيد ذلك إلا مستشار.
criterion-eurp-status-met = البرنامج مخصّص للأشخاص الذين ينتظرون قرارًا بشأن طلب اللجوء، أو الذين لم يعد يحق لهم البقاء.
criterion-eurp-status-unmet = البرنامج مخصّص للأشخاص الذين ينتظرون قرارًا بشأن طلب اللجوء، أو الذين لم يعد يحق لهم البقاء. إذا كان لديك تصريح إقامة، يمكن لمستشار أن يخبرك بخيارات أخرى.
criterion-eurp-status-unknown = البرنامج مخصّص للأشخاص الذين ينتظرون قرارًا بشأن طلب اللجوء، أو الذين لم يعد يحق لهم البقاء.
## Needs

need-safety = السلامة والحماية
need-safety-help = إذا كانت العودة تخيفك، يُنصح بالتحدث إلى محامٍ مستقل قبل اتخاذ القرار: فقد يكون لك الحق في الحماية. إذا كان هناك من يتحكّم بك، أو أخذ وثائقك، أو يجبرك على العمل، فهناك خدمات متخصصة يمكنها مساعدتك بأمان وبسرّية. إذا كنت في خطر الآن، يُرجى الاتصال برقم الطوارئ.
need-health = الصحة واستمرارية الرعاية
need-health-help = يُنصح بإخبار مستشار بعلاجك قبل السفر، حتى تستمر رعايتك وأدويتك بعد الوصول. يمكنك طلب تقرير طبي من طبيبك، وكمية كافية من الدواء للرحلة. إذا كان دواؤك على وشك النفاد، يُرجى مراجعة طبيب الآن.
need-travel_documents = وثائق السفر
need-travel_documents-help = يمكن لسفارتك أو قنصليتك أن تُصدر لك جواز سفر أو وثيقة سفر. ويمكن لمستشار العودة مساعدتك في الخطوات اللازمة، وتدفع بعض البرامج تكلفتها.
need-children = الأطفال والمدرسة
## Contacts

contact-fedasil_return-about = معلومات مجانية وسرّية عن العودة الطوعية وعن طريقة تقديم الطلب.
contact-caritas_international_be-about = شريك لوكالة Fedasil في دعم إعادة الإدماج. يمكن لكل من يفكّر في العودة التواصل مع فريق إعادة الإدماج لديه.
contact-brussels_bar_helpline-about = مساعدة قانونية أولية عبر الهاتف، أيًّا كان دخلك.
contact-brussels_legal_aid_office-about = مساعدة قانونية أولية بالحضور الشخصي. يمكن لذوي الدخل المنخفض الحصول هنا على محامٍ مجانًا.
contact-emergency_be-about = الشرطة والإسعاف والإطفاء، في حالات الطوارئ.
contact-albania_trafficking_helpline-about = خط مساعدة وطني لضحايا الاتجار بالبشر في ألبانيا.
contact-mary_ward_loreto-about = منظمة في ألبانيا تساعد ضحايا الاتجار بالبشر.
