# Avenir – Turkish texts. Status: drafted, needs review by a native speaker.
# Keys follow fixed patterns (see docs/authoring.md); `avenir lint` lists missing and unused ones.

## Interface

ui-title = Ülkenize dönmeyi mi düşünüyorsunuz? Hangi yardımların olduğunu öğrenin
ui-listen = Dinle
ui-no-voice = Bu telefonda { $language } için internetsiz çalışan bir ses yok. Bu yüzden bu metin sesli okunamıyor.
ui-exit-page = Bu sayfadan çık
ui-exit-hint = Ya da Shift tuşuna 3 kez basın. Cevaplarınız silinir.
ui-exit-press-two = Shift: Çıkmak için 2 kez daha basın.
ui-exit-press-one = Shift: Çıkmak için 1 kez daha basın.
ui-language = Dil
ui-draft-translation = Bu çeviri bir taslaktır: Anadili Türkçe olan biri henüz kontrol etmedi.
ui-language-failed = Bu dil yüklenemedi. Metin İngilizce gösteriliyor.
ui-loading = Yükleniyor…
ui-continue = Devam
ui-back = Geri
ui-progress = Soru { $n } / { $total }
ui-choose-an-answer = Bir cevap ya da “Belirtmek istemiyorum” seçeneğini seçin.
ui-enter-a-number = { $min } ile { $max } arasında bir tam sayı yazın.
ui-error-summary = Bir sorun var
ui-why-we-ask = Bunu neden soruyoruz
ui-privacy-note = Cevaplarınız bu telefonda kalır. Hiçbir şey gönderilmez ve siz istemedikçe hiçbir şey kaydedilmez.
ui-start-title = Ülkenize dönmeyi mi düşünüyorsunuz?
ui-start-what = Birkaç soruyu cevaplayın. Bu birkaç dakika sürer. Hangi geri dönüş programlarından yararlanabileceğinizi, hangi konularda yardım isteyebileceğinizi ve kime başvurabileceğinizi göreceksiniz. Bunlar arasında tüm seçenekleriniz hakkında bağımsız hukuki danışmanlık veren yerler de var.
ui-start-private = Cevaplarınız bu telefonda kalır. Hiçbir şey gönderilmez ve siz istemedikçe hiçbir şey kaydedilmez. Hesap yoktur ve takip yapılmaz.
ui-start-check = Bunu herkes kontrol edebilir: Bu sayfa bir kez yüklendikten sonra, internet kapalıyken de çalışmaya devam eder.
ui-start-indicative = Sonuç fikir vermek içindir. Bir danışmanla yapacağınız görüşmeye hazırlanmanıza yardım eder ve hiçbir şeye karar vermez. Dönmek her zaman sizin kendi kararınızdır.
ui-start = Başla
ui-results-title = Size fikir veren sonuçlarınız
ui-review-title = Yanıtlarınızı kontrol edin
ui-see-results = Sonuçlarınızı görün
ui-indicative = Bu sonuç yalnızca fikir vermek içindir. Bir danışmanla yapacağınız görüşmeye hazırlanmanıza yardım eder, ama bu görüşmenin yerini tutmaz. Karar her zaman sizindir.
ui-checked-on = Kurallar en son { $date } tarihinde kontrol edildi.
ui-content-version = İçerik sürümü { $version }
ui-programmes = Yararlanabileceğiniz programlar
ui-no-programmes = Cevaplarınıza uyan bir program yok. Bir danışman size başka seçenekleri anlatabilir.
ui-likely = Muhtemel
ui-possibly = Olabilir
ui-not-likely = Pek muhtemel değil
ui-runs = Kim yürütüyor
ui-offers = Neler sunuyor
ui-how = Nasıl ulaşılır
ui-why-result = Neden
ui-reason-met = Uyuyor:
ui-reason-unmet = Uymuyor:
ui-reason-unknown = Henüz bilinmiyor:
ui-settle = Bu cevap durumu netleştirir:
ui-ask-counsellor = Bunu size bir danışman söyleyebilir.
ui-change-answer = Cevabınızı değiştirin
ui-source = Kaynak
ui-sources-checked = Kaynaklar ({ $date } tarihinde kontrol edildi):
ui-needs = Yardım isteyebileceğiniz konular
ui-no-needs = Cevaplarınız bir yardım ihtiyacı göstermedi. Yine de bir danışmana her konuda soru sorabilirsiniz.
ui-urgency-immediate = Acil
ui-urgency-before-departure = Yola çıkmadan önce
ui-urgency-after-arrival = Vardıktan sonra
ui-contacts = Kime başvurabilirsiniz
ui-contact-legal = Bağımsız hukuki danışmanlık
ui-contact-emergency = Acil durum ve yardım hattı
ui-contact-helps-with = Şu konularda yardım edebilir:
ui-contact-phone = Telefon
ui-contact-email = E-posta
ui-contact-website = İnternet sitesi
ui-contact-address = Adres
ui-contact-hours = Çalışma saatleri
ui-contact-hours-always = Her gün, gece gündüz açık
ui-contact-languages = Diller
ui-contact-serves = Hizmet verdiği yerler
ui-change-answers = Cevaplarınızı değiştirin
ui-start-again = Baştan başla
ui-content-error = Bu değerlendirme yüklenemedi. Lütfen daha sonra tekrar deneyin ya da bir danışmana sorun.
ui-save = Cevaplarımı bu telefona kaydet
ui-save-hint = Sadece bu telefonu sizden başka kimse kullanmıyorsa. Cevaplarınız bu telefonda saklanır ve asla gönderilmez.
ui-saved = Cevaplarınız bu telefona kaydedildi, başka hiçbir yere değil.
ui-save-failed = Bu tarayıcı kaydetmeye izin vermiyor. Cevaplarınız yalnızca bu sayfayı kapatana kadar saklanır.
ui-delete-everything = Her şeyi sil
ui-delete-hint = Cevaplarınızı ve bu değerlendirmenin bu telefonda sakladığı her şeyi siler.
ui-deleted = Her şey bu telefondan silindi.
ui-resume-found = Geçen seferki cevaplarınız bu telefonda kayıtlı.
ui-resume = Kaldığınız yerden devam edin

## Shared options

option-yes = Evet
option-no = Hayır
option-dont-know = Bilmiyorum
option-prefer-not-to-say = Belirtmek istemiyorum

## Questions

question-stay_country = Şu anda hangi ülkede yaşıyorsunuz?
option-stay_country-other = Başka bir ülke

question-return_country = Hangi ülkeye dönmeyi düşünüyorsunuz?
option-return_country-other = Avrupa Birliği dışında başka bir ülke
option-return_country-eu = Avrupa Birliği'nde bir ülke

question-residence = Şu anda yaşadığınız ülkedeki durumunuz nedir?
question-residence-why = Programlar bazı durumlardaki kişilere açıktır, bazılarına açık değildir. Cevabınız yalnızca hangi programların gösterileceğini belirler ve bu telefonda kalır.
option-residence-asylum_pending = İltica başvurusu yaptım ve karar bekliyorum
option-residence-no_permit = Hiç iltica başvurusu yapmadım ve oturma iznim yok
question-travel_document = Geçerli bir pasaportunuz ya da başka bir seyahat belgeniz var mı?

question-children = Dönerseniz, 18 yaşından küçük kaç çocuk sizinle birlikte döner?
question-children-hint = Sizinle birlikte dönecek çocuk yoksa 0 yazın.

question-health = Tedavi ya da düzenli ilaç gerektiren bir hastalığınız veya sağlık sorununuz var mı?
question-health-why = Döndükten sonra tedavinize devam edebilmeniz için var olan yardımları size gösterebilmek için soruyoruz. Cevabınız bu telefonda kalır.

question-medicine = Yolculuk ve vardıktan sonraki ilk haftalar için yeterli ilacınız var mı?

question-fear_of_return = Dönerseniz başınıza gelebileceklerden korkuyor musunuz?
question-fear_of_return-why = Dönmekten korkuyorsanız koruma hakkınız olabilir. Bir avukat size tüm seçenekleri anlatabilir. Cevabınız bu telefonda kalır.

question-exploitation = Biri belgelerinizi elinizden aldı mı ya da sizi istemediğiniz bir işte çalışmaya veya istemediğiniz şeyleri yapmaya zorladı mı?
question-exploitation-why = Bunlar sömürü ya da insan ticaretinin işaretleri olabilir. Bu sizin başınıza geliyorsa, gizlilik içinde yardım eden kurumlar var. Cevabınız bu telefonda kalır.

## Programmes

programme-fedasil_avr = Gönüllü geri dönüş programı (Fedasil)
programme-fedasil_avr-runs = Fedasil, Belçika'da sığınmacıların kabulünden sorumlu federal kurum. Yolculuğu IOM düzenler.
criterion-fedasil_avr-in_belgium-met = Belçika'da yaşıyorsunuz; bu program Belçika'da uygulanıyor.
criterion-fedasil_avr-in_belgium-unmet = Bu program Belçika'da yaşayan kişiler içindir.
criterion-fedasil_avr-in_belgium-unknown = Bu program Belçika'da yaşayan kişiler içindir.
criterion-fedasil_avr-no_residence_permit-met = Belçika'da oturma izni olmayan kişiler içindir: iltica kararı bekleyenler, başvurusu reddedilenler ve hiç başvuru yapmamış olanlar.
criterion-fedasil_avr-no_residence_permit-unmet = Belçika'da oturma izni olmayan kişiler içindir. Oturma izniniz varsa, bir danışman size başka seçenekleri anlatabilir.
criterion-fedasil_avr-no_residence_permit-unknown = Belçika'da oturma izni olmayan kişiler içindir.

programme-eurp = AB Yeniden Entegrasyon Programı (EURP)
programme-eurp-runs = Avrupa Birliği'nin sınır ajansı Frontex, dönülen ülkelerdeki ortak kuruluşlarla birlikte. Programın eski adı Joint Reintegration Services (JRS) idi.
programme-eurp-how = Kendiniz başvuramazsınız: Ayrıldığınız ülkenin makamları sizi, genellikle geri dönüş danışmanınız aracılığıyla, yola çıkmadan birkaç hafta önce kaydeder. Geri dönüş danışmanınıza sorun.

criterion-eurp-non_eu_country-met = Avrupa Birliği dışındaki ülkelerden gelen kişiler içindir.
criterion-eurp-non_eu_country-unmet = Avrupa Birliği dışındaki ülkelerden gelen kişiler içindir; bu nedenle bir AB ülkesine dönüşü kapsamaz.
criterion-eurp-non_eu_country-unknown = Avrupa Birliği dışındaki ülkelerden gelen kişiler içindir.
criterion-eurp-country_covered-met = Ülkeniz, programın uygulandığı ülkeler listesinde var (Almanya'dan dönüşler için yayımlanan liste). Bazı ülkeler için özel kurallar geçerlidir; bunları size bir danışman açıklayabilir.
criterion-eurp-country_covered-unmet = Program, Avrupa Birliği dışındaki yalnızca bazı ülkelerde uygulanıyor.
criterion-eurp-country_covered-unknown = Program yaklaşık 39 ülkede uygulanıyor. Ülkeniz bulduğumuz listede yok (Almanya'dan dönüşler için yayımlanan liste); bu yüzden bunu ancak bir danışman söyleyebilir.
criterion-eurp-status-met = İltica kararı bekleyen ya da artık kalma hakkı olmayan kişiler içindir.
criterion-eurp-status-unmet = İltica kararı bekleyen ya da artık kalma hakkı olmayan kişiler içindir. Oturma izniniz varsa, bir danışman size başka seçenekleri anlatabilir.
criterion-eurp-status-unknown = İltica kararı bekleyen ya da artık kalma hakkı olmayan kişiler içindir.
## Needs

need-safety = Güvenlik ve koruma
need-safety-help = Dönmekten korkuyorsanız, karar vermeden önce bağımsız bir avukatla konuşun: Koruma hakkınız olabilir. Biri sizi kontrol ediyorsa, belgelerinizi aldıysa ya da sizi çalışmaya zorluyorsa, uzman kurumlar size güvenli ve gizli bir şekilde yardım edebilir. Şu anda tehlikedeyseniz acil durum numarasını arayın.
need-health = Sağlık ve tedavinin devamı
need-health-help = Yola çıkmadan önce tedavinizi bir danışmana anlatın; böylece vardıktan sonra tedaviniz ve ilaçlarınız devam edebilir. Doktorunuzdan bir sağlık raporu ve yolculuk için yeterli ilaç isteyin. İlacınız bitmek üzereyse hemen bir doktora gidin.
need-travel_documents = Seyahat belgeleri
need-travel_documents-help = Büyükelçiliğiniz ya da konsolosluğunuz size pasaport veya seyahat belgesi verebilir. Bir geri dönüş danışmanı bu adımlarda size yardım edebilir; bazı programlar bunun masrafını öder.
need-children = Çocuklar ve okul
## Contacts

contact-fedasil_return-about = Gönüllü geri dönüş ve nasıl başvurulacağı hakkında ücretsiz, gizli bilgi.
contact-caritas_international_be-about = Yeniden entegrasyon desteği için Fedasil'in ortak kuruluşu. Dönmeyi düşünen herkes yeniden entegrasyon ekibine başvurabilir.
contact-brussels_bar_helpline-about = Geliriniz ne olursa olsun, telefonla ilk hukuki yardım.
contact-brussels_legal_aid_office-about = Yüz yüze ilk hukuki yardım. Geliri düşük olan kişiler burada ücretsiz bir avukattan yararlanabilir.
contact-emergency_be-about = Acil durumda polis, ambulans ve itfaiye.
contact-albania_trafficking_helpline-about = Arnavutluk'ta insan ticareti mağdurları için ulusal bir yardım hattı.
contact-mary_ward_loreto-about = Arnavutluk'ta insan ticareti mağdurlarına yardım eden bir kuruluş.
