<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutImagesPage</name>
    <message>
        <location filename="../../app/gui/pages/about_images.py" line="+71"/>
        <source>About each picture</source>
        <translation>Over elke foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers decide which services and letters can help.</source>
        <translation>Je antwoorden bepalen welke diensten en brieven kunnen helpen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a picture or folder in the list and answer for it. Answers for a folder count for every picture inside. If a question is hard, leave it at “not sure”: you can change your answers later.</source>
        <translation>Kies een foto of map in de lijst en beantwoord de vragen daarvoor. Antwoorden voor een map gelden voor elke foto erin. Is een vraag moeilijk? Laat hem dan op “weet ik niet zeker” staan: je kunt je antwoorden later nog aanpassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures and folders to answer for</source>
        <translation>Foto&apos;s en mappen om vragen over te beantwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A neutral name that says nothing about what the picture shows, such as “Picture 1”. It may appear in letters and forms.</source>
        <translation>Een neutrale naam die niets zegt over wat er op de foto staat, zoals “Foto 1”. De naam kan in brieven en formulieren komen te staan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How old was the person in it when it was taken?</source>
        <translation>Hoe oud was de persoon erop toen de foto werd gemaakt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 or older</source>
        <translation>18 of ouder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under 18</source>
        <translation>Jonger dan 18</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&apos;m not sure</source>
        <translation>Dat weet ik niet zeker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you are not sure, StillMine treats it as showing someone under 18: it never shows a preview, and points you to services for young people.</source>
        <translation>Weet je het niet zeker? Dan behandelt StillMine de foto alsof er iemand jonger dan 18 op staat: er wordt nooit een voorbeeld getoond, en StillMine wijst je op diensten voor jongeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who took it?</source>
        <translation>Wie heeft de foto gemaakt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I took it myself</source>
        <translation>Ik heb hem zelf gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I don&apos;t know</source>
        <translation>Dat weet ik niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who took it gave me the copyright in writing</source>
        <translation>Wie de foto maakte, heeft mij het auteursrecht schriftelijk gegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright given to me in writing</source>
        <translation>Auteursrecht schriftelijk aan mij gegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decides whether a copyright (DMCA) notice can be sent.</source>
        <translation>Dit bepaalt of er een melding op grond van auteursrecht (DMCA) kan worden gestuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are you in it?</source>
        <translation>Sta jij erop?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&apos;d rather not say</source>
        <translation>Dat zeg ik liever niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these answers for &amp;all</source>
        <translation>Gebruik deze antwoorden voor &amp;alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these answers for all pictures</source>
        <translation>Gebruik deze antwoorden voor alle foto&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start fingerprinting</source>
        <translation>Begin met vingerafdrukken maken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder {0}</source>
        <translation>Map {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture {0}</source>
        <translation>Foto {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0}, picture {1}</source>
        <translation>{0}, foto {1}</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../app/gui/pages/about_you.py" line="+69"/>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. You can leave all of this empty.</source>
        <translation>Niet verplicht. Je mag dit allemaal leeg laten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine can fill in your letters for you. Everything here is optional, is used only in your letters, and stays locked in your case file.</source>
        <translation>StillMine kan je brieven voor je invullen. Alles hier is niet verplicht, wordt alleen in je brieven gebruikt en blijft vergrendeld in je dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only used in your letters.</source>
        <translation>Wordt alleen in je brieven gebruikt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your full name, as in your letters.</source>
        <translation>Je volledige naam, zoals in je brieven.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your na&amp;me</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where replies should go. A new address just for this is fine.</source>
        <translation>Waar antwoorden naartoe moeten. Een nieuw adres speciaal hiervoor is prima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal &amp;address</source>
        <translation>Post&amp;adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some letters, such as a police report, ask for one.</source>
        <translation>Sommige brieven, zoals een aangifte, vragen erom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone number</source>
        <translation>Tele&amp;foonnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only if you want to be called.</source>
        <translation>Alleen als je gebeld wilt worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country where you live</source>
        <translation>&amp;Land waar je woont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which laws your letters can use.</source>
        <translation>Bepaalt op welke wetten je brieven zich kunnen beroepen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to &amp;sign with</source>
        <translation>Naam om mee te &amp;ondertekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If different from your name, for example initials.</source>
        <translation>Als die anders is dan je naam, bijvoorbeeld je initialen.</translation>
    </message>
</context>
<context>
    <name>AddImagesPage</name>
    <message>
        <location filename="../../app/gui/pages/add_images.py" line="+70"/>
        <source>Add your pictures</source>
        <translation>Voeg je foto&apos;s toe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a &amp;folder…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder</source>
        <translation>Map toevoegen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose the pictures and videos you want to protect.</source>
        <translation>Kies de foto&apos;s en video&apos;s die je wilt beschermen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine reads your pictures and videos where they are. It never copies, moves or changes them, and it does not show them here.</source>
        <translation>StillMine leest je foto&apos;s en video&apos;s waar ze staan. Het kopieert, verplaatst of verandert ze nooit, en laat ze hier niet zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;pictures or videos…</source>
        <translation>&amp;Foto&apos;s of video&apos;s toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures or videos</source>
        <translation>Foto&apos;s of video&apos;s toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or drag pictures, videos and folders into this window.</source>
        <translation>Of sleep foto&apos;s, video&apos;s en mappen naar dit venster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen pictures and folders</source>
        <translation>Gekozen foto&apos;s en mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Uit de lijst halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entries from the list</source>
        <translation>De gekozen regels uit de lijst halen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready? You can skip this and add pictures later from your case.</source>
        <translation>Nog niet klaar? Je kunt dit overslaan en later foto&apos;s toevoegen vanuit je dossier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder “{0}” (every picture inside)</source>
        <translation>Map “{0}” (elke foto erin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}  (in {1})</source>
        <translation>{0}  (in {1})</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app/gui/controller.py" line="+241"/>
        <source>You opened your case with your recovery code. If you have forgotten your passphrase, choose a new one in Settings.</source>
        <extracomment>The longest a lock or exit waits for background work to stop (it normally takes &lt; 0.5 s).</extracomment>
        <translation>Je hebt je dossier geopend met je herstelcode. Ben je je wachtzin vergeten? Kies dan een nieuwe in Instellingen.</translation>
    </message>
</context>
<context>
    <name>BankFormStep</name>
    <message>
        <location filename="../../app/gui/registering/bank.py" line="+79"/>
        <source>Send your fingerprints to a hash bank</source>
        <extracomment>Rows of requests visible before the list scrolls.</extracomment>
        <translation>Je vingerafdrukken naar een hashbank sturen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bank&apos;s &amp;address</source>
        <translation>&amp;Adres van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank&apos;s address</source>
        <translation>Adres van de bank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the organisation gave it, for example https://hashbank.example.org. A bank on this computer may use http://127.0.0.1.</source>
        <translation>Zoals de organisatie het gaf, bijvoorbeeld https://hashbank.example.org. Een bank op deze computer mag http://127.0.0.1 gebruiken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank&apos;s &amp;name</source>
        <translation>&amp;Naam van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank&apos;s name</source>
        <translation>Naam van de bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letters, digits and underscores, for example MY_CASE.</source>
        <translation>Hoofdletters, cijfers en liggende streepjes, bijvoorbeeld MIJN_ZAAK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;token (if they gave you one)</source>
        <translation>Toegangs&amp;code (als je die kreeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Toegangscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote (optional)</source>
        <translation>Notiti&amp;e (niet verplicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent with every fingerprint, so the bank&apos;s owner can read it. Leave it empty unless they asked for one, and never write your name or anything about the pictures.</source>
        <translation>Gaat mee met elke vingerafdruk, dus de eigenaar van de bank kan hem lezen. Laat hem leeg tenzij ze erom vroegen, en schrijf nooit je naam of iets over de beelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create the bank if it does not exist yet</source>
        <translation>De bank aan&amp;maken als die nog niet bestaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the bank if it does not exist yet</source>
        <translation>De bank aanmaken als die nog niet bestaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: see e&amp;xactly what will be sent</source>
        <translation>Volgende: zie precies wat er &amp;verstuurd wordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See exactly what will be sent</source>
        <translation>Zie precies wat er verstuurd wordt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A token is kept in your case for this bank (••••••••). Leave this empty to keep using it, or type a new one to replace it.</source>
        <translation>Voor deze bank wordt een toegangscode bewaard in je dossier (••••••••). Laat dit leeg om die te blijven gebruiken, of typ een nieuwe om hem te vervangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in your case file, encrypted. It is never shown again.</source>
        <translation>Versleuteld bewaard in je dossier. Hij wordt nooit meer getoond.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That is not an address StillMine can use. A bank on another computer needs an address starting with https://; one on this computer may use http://127.0.0.1.</source>
        <translation>Met dat adres kan StillMine niets. Een bank op een andere computer heeft een adres nodig dat met https:// begint; een bank op deze computer mag http://127.0.0.1 gebruiken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A bank&apos;s name has capital letters, digits and underscores only, and starts with a letter (for example MY_CASE).</source>
        <translation>De naam van een bank heeft alleen hoofdletters, cijfers en liggende streepjes, en begint met een letter (bijvoorbeeld MIJN_ZAAK).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A note can be at most 255 characters long.</source>
        <translation>Een notitie mag hoogstens 255 tekens lang zijn.</translation>
    </message>
</context>
<context>
    <name>BankPlanStep</name>
    <message>
        <location line="+62"/>
        <source>See exactly what will be sent</source>
        <translation>Zie precies wat er verstuurd wordt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>StillMine will send these requests to {0}, and nothing else. The long strings of letters and digits are your fingerprints: no picture, no file name and nothing about you.</source>
        <translation>StillMine stuurt deze verzoeken naar {0}, en verder niets. De lange reeksen letters en cijfers zijn je vingerafdrukken: geen beeld, geen bestandsnaam en niets over jou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The requests StillMine will send</source>
        <translation>De verzoeken die StillMine verstuurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;checked this list: send exactly this</source>
        <translation>Ik heb deze lijst &amp;gecontroleerd: verstuur precies dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have checked this list: send exactly this</source>
        <translation>Ik heb deze lijst gecontroleerd: verstuur precies dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to the bank</source>
        <translation>&amp;Versturen naar de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the bank</source>
        <translation>Versturen naar de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your pictures can go to a hash bank, so there is nothing to send.</source>
        <translation>Geen van je foto&apos;s kan naar een hashbank, dus er is niets te versturen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your note goes with every fingerprint: “{0}”.</source>
        <translation>Je notitie gaat mee met elke vingerafdruk: “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note is sent.</source>
        <translation>Er gaat geen notitie mee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each request also carries your access token.</source>
        <translation>Elk verzoek bevat ook je toegangscode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine also asks the bank whether the bank {0} exists, which kinds of fingerprint it takes, and afterwards whether it recognises each fingerprint. Those questions carry the same fingerprints and nothing more.</source>
        <translation>StillMine vraagt de bank ook of de bank {0} bestaat, welke soorten vingerafdrukken hij aanneemt, en daarna of hij elke vingerafdruk herkent. Die vragen bevatten dezelfde vingerafdrukken en verder niets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the bank does not exist, StillMine asks to create it.</source>
        <translation>Bestaat de bank niet, dan vraagt StillMine hem aan te maken.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This picture is too plain for a similarity fingerprint.</source>
        <translation>Deze foto is te egaal voor een gelijkenis-vingerafdruk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>BankRunStep</name>
    <message>
        <location filename="../../app/gui/registering/bank_status.py" line="+249"/>
        <source>Sending your fingerprints</source>
        <translation>Je vingerafdrukken worden verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fingerprints at the bank</source>
        <translation>Je vingerafdrukken bij de bank</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending</source>
        <translation>Stoppen met versturen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done. This is where your fingerprints stand now; you find it again under “Registrations” in your case.</source>
        <translation>Klaar. Zo staan je vingerafdrukken er nu voor; je vindt dit terug onder “Aanmeldingen” in je dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. Now waiting for the bank to take them into its list; this takes about a minute.</source>
        <translation>Verstuurd. Nu wachten tot de bank ze in zijn lijst opneemt; dat duurt ongeveer een minuut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending your fingerprints. Only the fingerprints and your note go out.</source>
        <translation>Je vingerafdrukken worden verstuurd. Alleen de vingerafdrukken en je notitie gaan de deur uit.</translation>
    </message>
</context>
<context>
    <name>BankStatusPanel</name>
    <message>
        <location line="-265"/>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again whether the bank recognises them</source>
        <translation>Opnieuw controleren of de bank ze herkent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw from the bank…</source>
        <translation>&amp;Intrekken bij de bank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the fingerprints from the bank</source>
        <translation>De vingerafdrukken intrekken bij de bank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This removes every fingerprint of this registration from the bank {0}. The bank can then no longer recognise your pictures.</source>
        <translation>Hiermee verdwijnt elke vingerafdruk van deze aanmelding uit de bank {0}. De bank kan je beelden dan niet meer herkennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw them</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What the bank said:</source>
        <translation>Wat de bank zei:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. What was sent before you stopped is kept in your case; sending again sends only what is left.</source>
        <translation>Gestopt. Wat vóór het stoppen verstuurd is, staat in je dossier; opnieuw versturen stuurt alleen wat er nog over is.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This time %n fingerprint(s) were sent.</source>
        <translation>
            <numerusform>Deze keer is %n vingerafdruk verstuurd.</numerusform>
            <numerusform>Deze keer zijn %n vingerafdrukken verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawn from the bank on {0}.</source>
        <translation>Ingetrokken bij de bank op {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Recognised” means the bank now knows these fingerprints: wherever its owner uses it, matching copies can be found and blocked.</source>
        <translation>“Herkend” betekent dat de bank deze vingerafdrukken nu kent: overal waar de eigenaar hem gebruikt, kunnen kopieën die erop lijken worden gevonden en geblokkeerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To send what is left, choose “Send fingerprints to a hash bank…” again with the same bank: nothing is sent twice.</source>
        <translation>Om te versturen wat er nog over is, kies je opnieuw “Vingerafdrukken naar een hashbank sturen…” met dezelfde bank: niets wordt twee keer verstuurd.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fingerprint(s) recognised by the bank.</source>
        <translation>
            <numerusform>%n vingerafdruk herkend door de bank.</numerusform>
            <numerusform>%n vingerafdrukken herkend door de bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fingerprint(s) stored, but not yet in the bank&apos;s list to match against. A bank updates that list about every minute: press “Check again” in a minute or two.</source>
        <translation>
            <numerusform>%n vingerafdruk bewaard, maar nog niet in de lijst waarmee de bank vergelijkt. Een bank werkt die lijst ongeveer elke minuut bij: druk over een minuut of twee op “Opnieuw controleren”.</numerusform>
            <numerusform>%n vingerafdrukken bewaard, maar nog niet in de lijst waarmee de bank vergelijkt. Een bank werkt die lijst ongeveer elke minuut bij: druk over een minuut of twee op “Opnieuw controleren”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n fingerprint(s) may or may not have arrived. StillMine looks them up before sending them again, so nothing is sent twice.</source>
        <translation>
            <numerusform>Van %n vingerafdruk is niet zeker of hij is aangekomen. StillMine zoekt hem op voordat hij opnieuw wordt verstuurd, dus niets gaat twee keer.</numerusform>
            <numerusform>Van %n vingerafdrukken is niet zeker of ze zijn aangekomen. StillMine zoekt ze op voordat ze opnieuw worden verstuurd, dus niets gaat twee keer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n fingerprint(s) refused by the bank.</source>
        <translation>
            <numerusform>%n vingerafdruk geweigerd door de bank.</numerusform>
            <numerusform>%n vingerafdrukken geweigerd door de bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fingerprint(s) not sent yet.</source>
        <translation>
            <numerusform>%n vingerafdruk nog niet verstuurd.</numerusform>
            <numerusform>%n vingerafdrukken nog niet verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fingerprint(s) withdrawn from the bank.</source>
        <translation>
            <numerusform>%n vingerafdruk ingetrokken bij de bank.</numerusform>
            <numerusform>%n vingerafdrukken ingetrokken bij de bank.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the bank…</source>
        <translation>De bank wordt gevraagd…</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <location filename="../../app/gui/branding.py" line="+49"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="+181"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help and helplines</source>
        <translation>Hulp en hulplijnen</translation>
    </message>
</context>
<context>
    <name>ChooserStep</name>
    <message>
        <location filename="../../app/gui/registering/chooser.py" line="+97"/>
        <source>Register your fingerprints</source>
        <translation>Meld je vingerafdrukken aan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which services can help depends on your answers about each picture. Nothing is sent from this screen: each step first shows you what will happen, and fingerprints leave this computer only when you press a button.</source>
        <translation>Welke diensten kunnen helpen, hangt af van je antwoorden over elke foto. Vanuit dit scherm wordt niets verstuurd: elke stap laat je eerst zien wat er gebeurt, en vingerafdrukken verlaten deze computer alleen als jij op een knop drukt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no pictures in your case yet. Add them first (“Add pictures…” in your case), then come back here.</source>
        <translation>Er staan nog geen foto&apos;s in je dossier. Voeg ze eerst toe (“Foto&apos;s toevoegen…” in je dossier) en kom dan hier terug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pictures of someone under 18</source>
        <translation>Foto&apos;s van iemand onder de 18</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fingerprint only helps on the platforms that use it. Keep recording the copies you find and writing letters too.</source>
        <translation>Een vingerafdruk helpt alleen op de platforms die hem gebruiken. Blijf ook de kopieën die je vindt vastleggen en brieven schrijven.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n of your pictures show someone under 18, or you are not sure: {0}. StillMine never shows them or makes previews of them, and keeps them away from StopNCII, hash banks and export files. These can help instead:</source>
        <translation>
            <numerusform>Op %n van je foto&apos;s staat iemand onder de 18, of je weet het niet zeker: {0}. StillMine laat die foto nooit zien en maakt er geen voorbeeld van, en houdt hem weg van StopNCII, hashbanken en exportbestanden. Deze kunnen je wel helpen:</numerusform>
            <numerusform>Op %n van je foto&apos;s staat iemand onder de 18, of je weet het niet zeker: {0}. StillMine laat ze nooit zien en maakt er geen voorbeelden van, en houdt ze weg van StopNCII, hashbanken en exportbestanden. Deze kunnen je wel helpen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Website: {0}</source>
        <translation>Website: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: {0}</source>
        <translation>Telefoon: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fits: {0}</source>
        <translation>Past bij: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits none of your pictures.</source>
        <translation>Past bij geen van je foto&apos;s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not for {0}: {1}</source>
        <translation>Niet voor {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send fingerprints to a hash bank…</source>
        <translation>Vingerafdrukken naar een hashbank sturen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save fingerprints for a helpline or partner…</source>
        <translation>Vingerafdrukken opslaan voor een hulplijn of partner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register with {0}…</source>
        <translation>Aanmelden bij {0}…</translation>
    </message>
</context>
<context>
    <name>CreateCasePage</name>
    <message>
        <location filename="../../app/gui/pages/create_case.py" line="+85"/>
        <source>Create your case file</source>
        <translation>Maak je dossier aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your case file keeps everything you do here, locked.</source>
        <translation>Je dossier bewaart alles wat je hier doet, vergrendeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase to lock your case file. A few unrelated words are easy to remember and hard to guess (for example four words that have nothing to do with you). Use at least {0} characters.</source>
        <translation>Kies een wachtzin om je dossier mee te vergrendelen. Een paar woorden die niets met elkaar te maken hebben, zijn makkelijk te onthouden en moeilijk te raden (bijvoorbeeld vier woorden die niets met jou te maken hebben). Gebruik minstens {0} tekens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again</source>
        <translation>Typ hem nog een &amp;keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtzin nog een keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Laat zien wat ik typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you tick this, this computer&apos;s password store keeps the key, and you can open your case here without typing the passphrase. Anyone who can use your account on this computer could then open it too.</source>
        <translation>Als je dit aanvinkt, bewaart de wachtwoordkluis van deze computer de sleutel, en kun je je dossier hier openen zonder de wachtzin te typen. Iedereen die jouw account op deze computer kan gebruiken, kan het dan ook openen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating your case file. This takes a moment…</source>
        <translation>Je dossier wordt aangemaakt. Dat duurt even…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my case file</source>
        <translation>Maak mijn dossier aan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strength: too short</source>
        <translation>Sterkte: te kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak, easy to guess</source>
        <translation>Sterkte: zwak, makkelijk te raden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair</source>
        <translation>Sterkte: redelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good</source>
        <translation>Sterkte: goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Sterkte: sterk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases match.</source>
        <translation>De twee wachtzinnen zijn hetzelfde.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/gui/dashboard.py" line="+290"/>
        <source>Your case</source>
        <translation>Je dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help and helplines</source>
        <translation>Hulp en hulplijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock your case</source>
        <translation>Je dossier vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your case; it asks for your passphrase again</source>
        <translation>Sluit je dossier; daarna wordt weer om je wachtzin gevraagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Registrations</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>Copies found</source>
        <translation>Gevonden kopieën</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Parts of your case</source>
        <translation>Onderdelen van je dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pictures you fingerprinted. The pictures themselves stay where they are.</source>
        <translation>De foto&apos;s waarvan je vingerafdrukken hebt gemaakt. De foto&apos;s zelf blijven waar ze zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pictures yet. Add the pictures you want to protect.</source>
        <translation>Nog geen foto&apos;s. Voeg de foto&apos;s toe die je wilt beschermen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pictures</source>
        <translation>Je foto&apos;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services that block your pictures using their fingerprints. Open one to check its status or withdraw it.</source>
        <translation>Diensten die je foto&apos;s blokkeren met hun vingerafdrukken. Open er een om de status te bekijken of hem in te trekken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No registrations yet.</source>
        <translation>Nog geen aanmeldingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places where you found copies, and whether they are still online.</source>
        <translation>Plekken waar je kopieën hebt gevonden, en of ze nog online staan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copies recorded yet.</source>
        <translation>Nog geen kopieën vastgelegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters and reports you wrote, with the date a reply is due.</source>
        <translation>Brieven en meldingen die je hebt geschreven, met de datum waarop een antwoord moet komen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letters yet.</source>
        <translation>Nog geen brieven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open the chosen registration…</source>
        <translation>Gekozen aanmelding &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen registration</source>
        <translation>Gekozen aanmelding openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where things stand</source>
        <translation>Hoe het ervoor staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs your attention</source>
        <translation>Vraagt je aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>Wat je kunt doen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add pictures…</source>
        <translation>Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register fingerprints…</source>
        <translation>Vingerafdrukken aanmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a copy you found…</source>
        <translation>Een gevonden kopie vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter…</source>
        <translation>Een brief schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder for copies…</source>
        <translation>Een map doorzoeken op kopieën…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This part of StillMine is coming in a later version.</source>
        <translation>Dit deel van StillMine komt in een latere versie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Greyed-out steps arrive in a later version of StillMine.</source>
        <translation>Grijze stappen komen in een latere versie van StillMine.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age of the person</source>
        <translation>Leeftijd van de persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives away</source>
        <translation>Geeft prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number or bank</source>
        <translation>Zaaknummer of bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Next check</source>
        <translation>Volgende controle</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>{0}: check now</source>
        <translation>{0}: controleer nu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: overdue</source>
        <translation>{0}: te laat</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading your case…</source>
        <translation>Je dossier wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n picture(s) fingerprinted.</source>
        <translation>
            <numerusform>%n foto met vingerafdrukken.</numerusform>
            <numerusform>%n foto&apos;s met vingerafdrukken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n registration(s) with blocking services.</source>
        <translation>
            <numerusform>%n aanmelding bij blokkeerdiensten.</numerusform>
            <numerusform>%n aanmeldingen bij blokkeerdiensten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n copies recorded, {0} of them still online.</source>
        <translation>
            <numerusform>%n kopie vastgelegd, waarvan {0} nog online.</numerusform>
            <numerusform>%n kopieën vastgelegd, waarvan {0} nog online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n brief geschreven.</numerusform>
            <numerusform>%n brieven geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing needs your attention right now.</source>
        <translation>Er vraagt nu niets je aandacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• The reply to your letter to {0} was due on {1}.</source>
        <translation>• Het antwoord op je brief aan {0} had er op {1} moeten zijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Check your registration with {0}.</source>
        <translation>• Controleer je aanmelding bij {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• An edited copy of {0} was found ({1}): it needs a fingerprint of its own. If you have that copy, add it and register it too.</source>
        <translation>• Er is een bewerkte kopie van {0} gevonden ({1}): die heeft een eigen vingerafdruk nodig. Heb je die kopie, voeg hem dan toe en meld hem ook aan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• Check again whether the copy on {0} is still online.</source>
        <translation>• Controleer opnieuw of de kopie op {0} nog online staat.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="+54"/>
        <source>Choose pictures or videos</source>
        <extracomment>What the picture chooser lists (StillMine reads a file by its content, so &quot;All files&quot; is offered too: a photo saved without an extension still works).</extracomment>
        <translation>Foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures and videos ({0})</source>
        <translation>Foto&apos;s en video&apos;s ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
</context>
<context>
    <name>ExportStep</name>
    <message>
        <location filename="../../app/gui/registering/export.py" line="+71"/>
        <source>Fingerprints for a helpline or partner</source>
        <extracomment>The file name offered for each format.</extracomment>
        <translation>Vingerafdrukken voor een hulplijn of partner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which format did they ask for?</source>
        <translation>Om welke vorm vroegen ze?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One fingerprint per line (.txt)</source>
        <translation>Eén vingerafdruk per regel (.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table of picture fingerprints (.csv)</source>
        <translation>Een tabel met vingerafdrukken van foto&apos;s (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every fingerprint, in detail (.json)</source>
        <translation>Elke vingerafdruk, uitgebreid (.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the file your pictures are called “Photo 1”, “Video 2” and so on: no file names and none of your labels.</source>
        <translation>In het bestand heten je foto&apos;s “Photo 1”, “Video 2” enzovoort: geen bestandsnamen en geen van je eigen namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve the file…</source>
        <translation>Bestand &amp;opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form Meta&apos;s ThreatExchange tools read: “pdq” or “video_md5”, then the fingerprint. Many helplines and platforms use it.</source>
        <translation>De vorm die de ThreatExchange-hulpmiddelen van Meta lezen: “pdq” of “video_md5”, dan de vingerafdruk. Veel hulplijnen en platforms gebruiken hem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDQ hash-list form: fingerprint, quality and a neutral label for each picture. Videos cannot go in this form.</source>
        <translation>De vorm van een PDQ-hashlijst: vingerafdruk, kwaliteit en een neutrale naam per foto. Video&apos;s kunnen niet in deze vorm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every fingerprint StillMine made of each picture and video (PDQ, MD5 and SHA-256), for technical partners.</source>
        <translation>Elke vingerafdruk die StillMine van elke foto en video maakte (PDQ, MD5 en SHA-256), voor technische partners.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fingerprint(s) will be in the file.</source>
        <translation>
            <numerusform>Er komt %n vingerafdruk in het bestand.</numerusform>
            <numerusform>Er komen %n vingerafdrukken in het bestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>shows someone under 18, or you are not sure. Report it to Take It Down, the CyberTipline and the police instead.</source>
        <translation>hierop staat iemand onder de 18, of je weet het niet zeker. Meld het in plaats daarvan bij Take It Down, de CyberTipline en de politie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too plain for a similarity fingerprint.</source>
        <translation>te egaal voor een gelijkenis-vingerafdruk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>videos cannot go in this form; choose .txt or .json.</source>
        <translation>video&apos;s kunnen niet in deze vorm; kies .txt of .json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the fingerprints</source>
        <translation>De vingerafdrukken opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint files (*.{0})</source>
        <translation>Vingerafdrukbestanden (*.{0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Saved %n fingerprint(s) in “{0}”. Send it only to someone you trust.</source>
        <translation>
            <numerusform>%n vingerafdruk opgeslagen in “{0}”. Stuur het bestand alleen naar iemand die je vertrouwt.</numerusform>
            <numerusform>%n vingerafdrukken opgeslagen in “{0}”. Stuur het bestand alleen naar iemand die je vertrouwt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <location filename="../../app/gui/pages/fingerprinting.py" line="+80"/>
        <source>Fingerprinting</source>
        <translation>Vingerafdrukken maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine is reading your pictures, here on this computer.</source>
        <translation>StillMine leest je foto&apos;s, hier op deze computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop fingerprinting</source>
        <translation>Stoppen met vingerafdrukken maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your pictures are not shown and not copied. What is done is saved at once, so you can stop at any time.</source>
        <translation>Je foto&apos;s worden niet getoond en niet gekopieerd. Wat klaar is, wordt meteen bewaard: je kunt dus altijd stoppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to your case</source>
        <translation>Toegevoegd aan je dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures added to your case</source>
        <translation>Foto&apos;s die aan je dossier zijn toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files that could not be read</source>
        <translation>Bestanden die niet gelezen konden worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files that could not be read, and why</source>
        <translation>Bestanden die niet gelezen konden worden, en waarom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} of {1} files read</source>
        <translation>{0} van {1} bestanden gelezen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Less than a minute left</source>
        <translation>Nog minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Nog ongeveer %n minuut</numerusform>
            <numerusform>Nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: added</source>
        <translation>{0}: toegevoegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same file as {0}, so it was not added twice.</source>
        <translation>Hetzelfde bestand als {0}, dus niet twee keer toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your case as {0}.</source>
        <translation>Staat al in je dossier als {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading your pictures. This can take a while for many pictures.</source>
        <translation>Je foto&apos;s worden gelezen. Bij veel foto&apos;s kan dat even duren.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped. What was done before you stopped is saved: %Ln picture(s) added to your case.</source>
        <translation>
            <numerusform>Gestopt. Wat klaar was voordat je stopte, is bewaard: %Ln foto toegevoegd aan je dossier.</numerusform>
            <numerusform>Gestopt. Wat klaar was voordat je stopte, is bewaard: %Ln foto&apos;s toegevoegd aan je dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Done. %Ln picture(s) added to your case.</source>
        <translation>
            <numerusform>Klaar. %Ln foto toegevoegd aan je dossier.</numerusform>
            <numerusform>Klaar. %Ln foto&apos;s toegevoegd aan je dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some files could not be read; the list below says why.</source>
        <translation>Sommige bestanden konden niet gelezen worden; de lijst hieronder zegt waarom.</translation>
    </message>
</context>
<context>
    <name>HandoffStep</name>
    <message>
        <location filename="../../app/gui/registering/handoff.py" line="+93"/>
        <source>Before you go to {0}</source>
        <extracomment>The reminder offered first: a month is often enough, and never too rare to forget. Pictures visible in the list before it scrolls.</extracomment>
        <translation>Voordat je naar {0} gaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that this fits</source>
        <translation>Kijk of dit past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens on their site</source>
        <translation>Wat er op hun site gebeurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it cannot do</source>
        <translation>Wat het niet kan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine opens the site only when you press this button, and sends it nothing itself. Use the device that holds your photos or videos.</source>
        <translation>StillMine opent de site alleen als je op deze knop drukt, en stuurt er zelf niets heen. Gebruik het apparaat waarop je foto&apos;s of video&apos;s staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: record what the site gave you</source>
        <translation>Volgende: vastleggen wat de site je gaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what the site gave you</source>
        <translation>Vastleggen wat de site je gaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their website: {0}</source>
        <translation>Hun website: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their questions and answers in Dutch: {0}</source>
        <translation>Hun vragen en antwoorden in het Nederlands: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open {0} in your browser</source>
        <translation>{0} &amp;openen in je browser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the device it was taken on</source>
        <translation>Gebruik het apparaat waarmee het is gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take It Down asks you to use the device on which the photo or video was first taken, such as your phone. Copies StillMine knows about on this computer may not be accepted.</source>
        <translation>Take It Down vraagt je het apparaat te gebruiken waarmee de foto of video oorspronkelijk is gemaakt, zoals je telefoon. Kopieën op deze computer die StillMine kent, worden misschien niet aangenomen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you no longer have that device, report it to the CyberTipline instead. Never download images from someone else&apos;s posts in order to report them.</source>
        <translation>Heb je dat apparaat niet meer, meld het dan bij de CyberTipline. Download nooit beelden uit berichten van iemand anders om ze te melden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write down the case number and PIN</source>
        <translation>Schrijf het zaaknummer en de pincode op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down any number it gives you</source>
        <translation>Schrijf elk nummer op dat je krijgt</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/gui/help.py" line="+77"/>
        <source>Help and helplines</source>
        <translation>Hulp en hulplijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened is not your fault. You do not have to deal with it alone: these organisations help people in your situation, free of charge. If you are in danger now, call your local emergency number.</source>
        <translation>Wat er is gebeurd, is niet jouw schuld. Je hoeft het niet alleen op te lossen: deze organisaties helpen mensen in jouw situatie, gratis. Ben je nu in gevaar? Bel dan het alarmnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Waar woon je?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines</source>
        <translation>Hulplijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close help</source>
        <translation>Hulp sluiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Spoed</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/gui/pages/language.py" line="+36"/>
        <source>Language and safety</source>
        <translation>Taal en veiligheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change these later in Settings.</source>
        <translation>Je kunt dit later veranderen in Instellingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discreet mode: show a plain “Notes” name and icon</source>
        <translation>Discrete modus: toon een gewone naam “Notities” en een gewoon pictogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discreet mode</source>
        <translation>Discrete modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In discreet mode the window, the task bar and the dock show “Notes” and a notepad icon instead of StillMine, so a quick glance reveals nothing.</source>
        <translation>In de discrete modus tonen het venster, de taakbalk en het dock “Notities” en een notitieblok in plaats van StillMine, zodat een snelle blik niets verraadt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>StillMine locks your case by itself after {0} minutes without use. You can change the time in Settings.</source>
        <translation>StillMine vergrendelt je dossier vanzelf na {0} minuten zonder gebruik. Je kunt die tijd veranderen in Instellingen.</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../../app/gui/pages/next_steps.py" line="+33"/>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done. Your case is set up and saved.</source>
        <translation>Goed gedaan. Je dossier is klaar en bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here is what you can do next. There is no hurry: each step waits for you.</source>
        <translation>Dit kun je hierna doen. Er is geen haast: elke stap wacht op je.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register your fingerprints</source>
        <translation>Meld je vingerafdrukken aan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the fingerprints (never the pictures) to services that block uploads, such as StopNCII.org and Take It Down.</source>
        <translation>Geef de vingerafdrukken (nooit de foto&apos;s) aan diensten die uploads blokkeren, zoals StopNCII.org en Take It Down.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record where you found copies</source>
        <translation>Leg vast waar je kopieën hebt gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a careful record of each place, for letters and for the police.</source>
        <translation>Houd van elke plek zorgvuldig bij wat je vond, voor brieven en voor de politie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write letters</source>
        <translation>Schrijf brieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask websites, search engines and hosts to remove copies.</source>
        <translation>Vraag websites, zoekmachines en hostingbedrijven om kopieën te verwijderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a folder</source>
        <translation>Doorzoek een map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a folder of downloads for copies of your pictures.</source>
        <translation>Controleer een map met downloads op kopieën van je foto&apos;s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or choose “Go to my case” to see everything at once.</source>
        <translation>Of kies “Naar mijn dossier” om alles in één keer te zien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to my case</source>
        <translation>&amp;Naar mijn dossier</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="+72"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide StillMine at once, save and lock your case (Esc twice)</source>
        <translation>Verberg StillMine meteen, bewaar en vergrendel je dossier (twee keer Esc)</translation>
    </message>
</context>
<context>
    <name>RecordStep</name>
    <message>
        <location filename="../../app/gui/registering/handoff.py" line="+71"/>
        <source>Record your registration with {0}</source>
        <translation>Je aanmelding bij {0} vastleggen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy what the site showed you, exactly. StillMine keeps it in your case file, encrypted, and never puts your PIN in letters, exports or logs.</source>
        <translation>Neem precies over wat de site je liet zien. StillMine bewaart het versleuteld in je dossier, en zet je pincode nooit in brieven, exportbestanden of logboeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case number</source>
        <translation>&amp;Zaaknummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case number (if the site gave you one)</source>
        <translation>&amp;Zaaknummer (als de site je er een gaf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can paste it; spaces and line breaks are removed.</source>
        <translation>Je kunt het plakken; spaties en regeleinden worden weggehaald.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN</source>
        <translation>&amp;Pincode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN (if the site gave you one)</source>
        <translation>&amp;Pincode (als de site je er een gaf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the PIN while I type</source>
        <translation>De pincode &amp;laten zien terwijl ik typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the PIN while I type</source>
        <translation>De pincode laten zien terwijl ik typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neither can be recovered if lost: keep your paper copy too.</source>
        <translation>Geen van beide is terug te vinden als je ze kwijt bent: bewaar ook je papieren briefje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures you re&amp;gistered</source>
        <translation>&amp;Foto&apos;s die je hebt aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures you registered</source>
        <translation>Foto&apos;s die je hebt aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick any picture you did not register on the site.</source>
        <translation>Haal het vinkje weg bij elke foto die je niet op de site hebt aangemeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date you registered</source>
        <translation>&amp;Datum van je aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date you registered</source>
        <translation>Datum van je aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me to check its status</source>
        <translation>He&amp;rinner me eraan de status te bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to check its status</source>
        <translation>Herinner me eraan de status te bekijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>StillMine reminds you in your case, the next time you open it.</source>
        <translation>StillMine herinnert je eraan in je dossier, de volgende keer dat je het opent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve in my case</source>
        <translation>&amp;Bewaren in mijn dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save in my case</source>
        <translation>Bewaren in mijn dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders</source>
        <translation>Geen herinneringen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../app/gui/pages/recovery.py" line="+35"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your case file is ready. One more important step.</source>
        <translation>Je dossier is klaar. Nog één belangrijke stap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this code is the only other way into your case. Nobody can look it up or send it to you again, not even StillMine&apos;s makers.</source>
        <translation>Als je je wachtzin ooit vergeet, is deze code de enige andere manier om in je dossier te komen. Niemand kan hem opzoeken of opnieuw naar je sturen, ook de makers van StillMine niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../app/gui/recovery_code.py" line="+50"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Write it on paper now, carefully. It is shown only this once.</source>
        <translation>• Schrijf hem nu zorgvuldig op papier. Hij wordt maar één keer getoond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Keep the paper somewhere safe, away from this computer: not in the laptop bag, and not as a photo on your phone or this computer.</source>
        <translation>• Bewaar het papier op een veilige plek, uit de buurt van deze computer: niet in de laptoptas, en niet als foto op je telefoon of op deze computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Letters and digits only; the dashes just make it easier to read.</source>
        <translation>• Alleen letters en cijfers; de streepjes maken hem alleen makkelijker te lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have &amp;written it down</source>
        <translation>Ik heb hem o&amp;pgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down</source>
        <translation>Ik heb hem opgeschreven</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../app/gui/registering/sheet.py" line="+41"/>
        <source>Your registrations: recovery sheet</source>
        <translation>Je aanmeldingen: herstelblad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep this sheet somewhere safe, away from your computer. It holds what you need to check or withdraw each registration. The services cannot give you these numbers again.</source>
        <translation>Bewaar dit blad op een veilige plek, niet bij je computer. Er staat op wat je nodig hebt om elke aanmelding te bekijken of in te trekken. De diensten kunnen je deze nummers niet opnieuw geven.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank address</source>
        <translation>Adres van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank name</source>
        <translation>Naam van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none given</source>
        <translation>niet gekregen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To check its status</source>
        <translation>Status bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To withdraw it</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../app/gui/registering/window.py" line="+195"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
</context>
<context>
    <name>Registering</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/common.py" line="+54"/>
        <source>{0} and %n more</source>
        <extracomment>Labels named in full in a list before &quot;and N more&quot;.</extracomment>
        <translation>
            <numerusform>{0} en nog %n andere</numerusform>
            <numerusform>{0} en nog %n andere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../app/gui/registering/detail.py" line="+201"/>
        <source>Website</source>
        <extracomment>What the user may have seen when checking the status on a service&apos;s site. Rows of the status-check log visible before it scrolls.</extracomment>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Bank address</source>
        <translation>Adres van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank name</source>
        <translation>Naam van de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Toegangscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An edited copy needs registering</source>
        <translation>Een bewerkte kopie moet worden aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its status</source>
        <translation>De status bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What did you see?</source>
        <translation>&amp;Wat zag je?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you see?</source>
        <translation>Wat zag je?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for &amp;yourself (optional)</source>
        <translation>Notitie voor &amp;jezelf (niet verplicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for yourself</source>
        <translation>Notitie voor jezelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I chec&amp;ked the status</source>
        <translation>Ik heb de status be&amp;keken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked the status</source>
        <translation>Ik heb de status bekeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Your status checks</source>
        <translation>Je statuscontroles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status checks recorded yet.</source>
        <translation>Nog geen statuscontroles vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw it</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I with&amp;drew it</source>
        <translation>Ik heb hem &amp;ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I withdrew it</source>
        <translation>Ik heb hem ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you record it, StillMine stops reminding you about this registration.</source>
        <translation>Zodra je dat vastlegt, herinnert StillMine je niet meer aan deze aanmelding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your fingerprints at the bank</source>
        <translation>Je vingerafdrukken bij de bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this registration</source>
        <translation>Deze aanmelding sluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is active</source>
        <translation>Hij is actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was received, not active yet</source>
        <translation>Hij is ontvangen, maar nog niet actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I could not tell</source>
        <translation>Dat kon ik niet zien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked on</source>
        <translation>Bekeken op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you saw</source>
        <translation>Wat je zag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading your case…</source>
        <translation>Je dossier wordt gelezen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None given</source>
        <translation>Niet gekregen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PIN (hidden)</source>
        <translation>Pincode (verborgen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide the PIN</source>
        <translation>Pincode ver&amp;bergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show the PIN</source>
        <translation>Pincode &amp;tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Kept in your case ({0})</source>
        <translation>Bewaard in je dossier ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; next on {1}</source>
        <translation>{0}; de volgende op {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: an edited copy was found ({1}).</source>
        <translation>{0}: er is een bewerkte kopie gevonden ({1}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edited copies (cropped, with text or emoji) can slip past a fingerprint. If you have that copy, add it to your case with “Add pictures…” and register it here too.</source>
        <translation>Bewerkte kopieën (bijgesneden, met tekst of emoji) kunnen langs een vingerafdruk glippen. Heb je die kopie, voeg hem dan toe aan je dossier met “Foto&apos;s toevoegen…” en meld hem hier ook aan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open {0} in your browser</source>
        <translation>{0} &amp;openen in je browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen {0} to withdraw</source>
        <translation>{0} o&amp;penen om in te trekken</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../app/gui/pages/review.py" line="+79"/>
        <source>Nothing identifying found in its hidden data.</source>
        <translation>Niets herkenbaars gevonden in de verborgen gegevens.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location line="+91"/>
        <source>Review</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what StillMine added to your case.</source>
        <translation>Dit heeft StillMine aan je dossier toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures are blurred. Choose one to see what its hidden data gives away to anyone who has a copy. You can show a picture clearly if you want to; it is blurred again when you leave this page.</source>
        <translation>Foto&apos;s zijn vervaagd. Kies er een om te zien wat de verborgen gegevens verraden aan iedereen die een kopie heeft. Je kunt een foto scherp laten zien als je dat wilt; hij wordt weer vervaagd als je deze pagina verlaat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures added to your case</source>
        <translation>Foto&apos;s die aan je dossier zijn toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the chosen picture</source>
        <translation>Voorbeeld van de gekozen foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen picture clearly</source>
        <translation>De gekozen foto scherp laten zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No preview is ever shown of a picture of someone under 18, or when you are not sure of their age.</source>
        <translation>Er wordt nooit een voorbeeld getoond van een foto van iemand jonger dan 18, of als je niet zeker weet hoe oud diegene was.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Videos are not previewed.</source>
        <translation>Van video&apos;s wordt geen voorbeeld getoond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blur it again</source>
        <translation>&amp;Weer vervagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show it clearly</source>
        <translation>&amp;Scherp laten zien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing…</source>
        <translation>Wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>SavedStep</name>
    <message>
        <location filename="../../app/gui/registering/saved.py" line="+41"/>
        <source>Saved in your case</source>
        <translation>Bewaard in je dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You find it under “Registrations” in your case, where you can check its status or withdraw it.</source>
        <translation>Je vindt hem onder “Aanmeldingen” in je dossier, waar je de status kunt bekijken of hem kunt intrekken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Register somewhere else too</source>
        <translation>Ook ergens &amp;anders aanmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register somewhere else too</source>
        <translation>Ook ergens anders aanmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your registration with {0} is kept in your case file, encrypted. Keep your paper note of the case number and PIN too.</source>
        <translation>Je aanmelding bij {0} wordt versleuteld bewaard in je dossier. Bewaar ook je papieren briefje met het zaaknummer en de pincode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StillMine will remind you to check its status on {0}.</source>
        <translation>StillMine herinnert je er op {0} aan de status te bekijken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose no reminders.</source>
        <translation>Je koos voor geen herinneringen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="+156"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock my case after this many &amp;minutes without use</source>
        <translation>Vergrendel mijn dossier na zoveel &amp;minuten zonder gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes before the case locks itself</source>
        <translation>Minuten voordat het dossier zichzelf vergrendelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discreet mode: show a plain “Notes” name and icon</source>
        <translation>&amp;Discrete modus: toon een gewone naam “Notities” en een gewoon pictogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discreet mode</source>
        <translation>Discrete modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s password store keeps the key, so you can open your case here without typing the passphrase. Anyone who can use your account on this computer could then open it too.</source>
        <translation>De wachtwoordkluis van deze computer bewaart de sleutel, zodat je je dossier hier kunt openen zonder de wachtzin te typen. Iedereen die jouw account op deze computer kan gebruiken, kan het dan ook openen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change your passphrase</source>
        <translation>Je wachtzin veranderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again</source>
        <translation>Typ hem nog een &amp;keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the new passphrase again</source>
        <translation>Typ de nieuwe wachtzin nog een keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtzin &amp;veranderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Wachtzin veranderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you lost your recovery code, never saw it, or think someone else has seen it, make a new one. The old code stops working at once.</source>
        <translation>Ben je je herstelcode kwijt, heb je hem nooit gezien, of denk je dat iemand anders hem heeft gezien, maak dan een nieuwe. De oude code werkt dan meteen niet meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new rec&amp;overy code…</source>
        <translation>Een nieuwe &amp;herstelcode maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery code</source>
        <translation>Een nieuwe herstelcode maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your old recovery code will stop working. Have paper and a pen ready: the new code is shown only once.</source>
        <translation>Je oude herstelcode werkt dan niet meer. Leg papier en pen klaar: de nieuwe code wordt maar één keer getoond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the new code</source>
        <translation>De nieuwe code maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new recovery code. The old one no longer opens your case.</source>
        <translation>Je nieuwe herstelcode. De oude opent je dossier niet meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: &amp;take the code off the screen</source>
        <translation>Klaar: de code van het scherm ha&amp;len</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: take the code off the screen</source>
        <translation>Klaar: de code van het scherm halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation>Instellingen sluiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at least {0} characters.</source>
        <translation>Gebruik minstens {0} tekens.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Je wachtzin is veranderd. Gebruik vanaf nu de nieuwe.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../../app/gui/registering/sheet.py" line="+48"/>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sheet with all your registrations: case numbers, PINs, and how to check or withdraw each one. Print it and keep it somewhere safe, away from this computer.</source>
        <translation>Een blad met al je aanmeldingen: zaaknummers, pincodes, en hoe je elke aanmelding bekijkt of intrekt. Druk het af en bewaar het op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the recovery sheet…</source>
        <translation>Het herstelblad afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery sheet</source>
        <translation>Het herstelblad afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as a PDF…</source>
        <translation>Als pdf opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet as a PDF file</source>
        <translation>Het herstelblad als pdf-bestand opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF file is not encrypted: anyone who opens it can read your PINs. Paper kept somewhere safe is safer. If you save a PDF, keep it on a USB stick you put away, not on this computer.</source>
        <translation>Een pdf-bestand is niet versleuteld: iedereen die het opent, kan je pincodes lezen. Papier op een veilige plek is veiliger. Sla je toch een pdf op, bewaar hem dan op een usb-stick die je opbergt, niet op deze computer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The recovery sheet went to the printer.</source>
        <translation>Het herstelblad is naar de printer gestuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the recovery sheet</source>
        <translation>Het herstelblad opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-sheet.pdf</source>
        <translation>herstelblad.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as “{0}”. This file is not encrypted: once it is printed or put away safely, delete it from this computer.</source>
        <translation>Opgeslagen als “{0}”. Dit bestand is niet versleuteld: verwijder het van deze computer zodra het is afgedrukt of veilig is opgeborgen.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="+19"/>
        <source>Contains your location: the place where it was taken (GPS).</source>
        <translation>Bevat je locatie: de plek waar de foto is gemaakt (GPS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names the camera or phone that took it.</source>
        <translation>Noemt de camera of telefoon waarmee de foto is gemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains the serial number of the camera or phone.</source>
        <translation>Bevat het serienummer van de camera of telefoon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains a person&apos;s name (owner, artist or author).</source>
        <translation>Bevat de naam van een persoon (eigenaar, maker of auteur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains the date and time it was taken.</source>
        <translation>Bevat de datum en tijd waarop de foto is gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names the app or program that made or edited it.</source>
        <translation>Noemt de app of het programma waarmee de foto is gemaakt of bewerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains a small preview copy of itself.</source>
        <translation>Bevat een kleine voorbeeldkopie van zichzelf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains extra hidden data, such as a second picture or a video.</source>
        <translation>Bevat extra verborgen gegevens, zoals een tweede foto of een video.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This picture is too plain (for example mostly one colour, or very small) for a similarity fingerprint: only exact copies of the file can be recognised.</source>
        <translation>Deze foto is te eenvoudig (bijvoorbeeld grotendeels één kleur, of heel klein) voor een gelijkenis-vingerafdruk: alleen exacte kopieën van het bestand worden herkend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo&apos;s hidden information (EXIF) is damaged and was ignored; the picture itself was read normally.</source>
        <translation>De verborgen informatie van de foto (EXIF) is beschadigd en is overgeslagen; de foto zelf is gewoon gelezen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>your location</source>
        <translation>je locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera serial number</source>
        <translation>serienummer van de camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date and time</source>
        <translation>datum en tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small copy</source>
        <translation>een kleine kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden data</source>
        <translation>verborgen gegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still online</source>
        <translation>Nog online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded again</source>
        <translation>Opnieuw geüpload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, not active yet</source>
        <translation>Ontvangen, nog niet actief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>18 or older</source>
        <translation>18 of ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 18</source>
        <translation>Jonger dan 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure (treated as under 18)</source>
        <translation>Niet zeker (behandeld als jonger dan 18)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="+137"/>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery code you wrote down when you created your case. Dashes and spaces do not matter.</source>
        <translation>Typ de herstelcode die je opschreef toen je je dossier aanmaakte. Streepjes en spaties maken niet uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recovery code</source>
        <translation>Herstel&amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case is locked. Enter your passphrase to open it.</source>
        <translation>Je dossier is vergrendeld. Vul je wachtzin in om het te openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open my case</source>
        <translation>Mijn dossier &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my case</source>
        <translation>Mijn dossier openen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Found your passphrase again?</source>
        <translation>Weet je je wachtzin weer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my &amp;passphrase</source>
        <translation>Mijn &amp;wachtzin gebruiken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgot your passphrase? The recovery code you wrote down opens it too.</source>
        <translation>Wachtzin vergeten? De herstelcode die je hebt opgeschreven opent je dossier ook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use my &amp;recovery code</source>
        <translation>Mijn herstel&amp;code gebruiken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open with the &amp;key this computer keeps</source>
        <translation>Openen met de &amp;sleutel op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the key this computer keeps</source>
        <translation>Openen met de sleutel op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;earlier copy</source>
        <translation>De &amp;eerdere kopie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the most recent earlier copy</source>
        <translation>De meest recente eerdere kopie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening your case…</source>
        <translation>Je dossier wordt geopend…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Esc twice at any time to close StillMine at once (quick exit).</source>
        <translation>Druk op elk moment twee keer op Esc om StillMine meteen te sluiten (snel weg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help and helplines</source>
        <translation>Hulp en hulplijnen</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../app/gui/errors.py" line="+38"/>
        <source>That did not open your case</source>
        <translation>Dat opende je dossier niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your case is already open</source>
        <translation>Je dossier is al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your case file could not be read</source>
        <translation>Je dossier kon niet gelezen worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case needs a newer StillMine</source>
        <translation>Dit dossier heeft een nieuwere StillMine nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case was found</source>
        <translation>Er is geen dossier gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a case here</source>
        <translation>Er staat hier al een dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last change could not be saved</source>
        <translation>Je laatste wijziging kon niet bewaard worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer cannot remember your case</source>
        <translation>Deze computer kan je dossier niet onthouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hash bank did not answer</source>
        <translation>De hashbank gaf geen antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is not running there</source>
        <translation>Daar draait geen hashbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection failed</source>
        <translation>De beveiligde verbinding mislukte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine cannot tell whether the last fingerprint arrived</source>
        <translation>StillMine weet niet of de laatste vingerafdruk is aangekomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hash bank refused the request</source>
        <translation>De hashbank weigerde het verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer could not be read</source>
        <translation>Het antwoord van de hashbank was onleesbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine&apos;s list of services is damaged</source>
        <translation>De lijst met diensten van StillMine is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was not saved</source>
        <translation>Het bestand is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase or recovery code does not open this case. Check for typing mistakes and that Caps Lock is off, then try again. Nothing has been changed.</source>
        <translation>Die wachtzin of herstelcode opent dit dossier niet. Controleer of je je niet hebt vergist bij het typen en of Caps Lock uit staat, en probeer het dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your case is open in another StillMine window. Close it there first (or wait for it to finish), then try again.</source>
        <translation>Je dossier is geopend in een ander StillMine-venster. Sluit het daar eerst (of wacht tot het klaar is) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file has been changed or damaged since StillMine saved it, so it cannot be trusted. Nothing has been deleted or overwritten.</source>
        <translation>Het dossierbestand is veranderd of beschadigd sinds StillMine het bewaarde, dus het is niet te vertrouwen. Er is niets verwijderd of overschreven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case file was made by a newer version of StillMine. Install the newer version to open it; nothing has been changed.</source>
        <translation>Dit dossier is gemaakt met een nieuwere versie van StillMine. Installeer die nieuwere versie om het te openen; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no StillMine case in this folder.</source>
        <translation>Er staat geen StillMine-dossier in deze map.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a case in this folder. StillMine never replaces a case.</source>
        <translation>Er staat al een dossier in deze map. StillMine vervangt nooit een dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving failed, so the case file on disk is unchanged. Check that the disk is not full, then try again.</source>
        <translation>Bewaren is mislukt, dus het dossier op de schijf is niet veranderd. Controleer of de schijf niet vol is en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no password store StillMine can use (or it is locked), so StillMine cannot remember your case here. You will need your passphrase each time.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die StillMine kan gebruiken (of die is vergrendeld), dus StillMine kan je dossier hier niet onthouden. Je hebt elke keer je wachtzin nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is empty: there is no picture in it.</source>
        <translation>“{name}” is leeg: er staat geen foto in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture StillMine can read.</source>
        <translation>“{name}” is geen foto die StillMine kan lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is incomplete: the file ends before the picture does. It may not have finished downloading or copying.</source>
        <translation>“{name}” is onvolledig: het bestand houdt op voordat de foto af is. Misschien is het downloaden of kopiëren niet afgemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” looks like a picture but is damaged, so it cannot be read.</source>
        <translation>“{name}” lijkt een foto, maar is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has more pixels than StillMine reads safely.</source>
        <translation>“{name}” heeft meer pixels dan StillMine veilig kan lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” uses a colour format StillMine cannot read.</source>
        <translation>“{name}” gebruikt een kleurformaat dat StillMine niet kan lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be found: it may have been moved or deleted.</source>
        <translation>“{name}” is niet gevonden: misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine is not allowed to open “{name}”. Check that your user account may read it.</source>
        <translation>StillMine mag “{name}” niet openen. Controleer of jouw gebruikersaccount het mag lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is a shortcut that points back to itself, so it was skipped.</source>
        <translation>“{name}” is een snelkoppeling die naar zichzelf verwijst, dus die is overgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder path of “{name}” is too long for this computer to open. Move it to a folder with a shorter path.</source>
        <translation>Het mappad van “{name}” is te lang om op deze computer te openen. Zet het in een map met een korter pad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a normal file, so it was skipped.</source>
        <translation>“{name}” is geen gewoon bestand, dus het is overgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is too large to be a picture StillMine reads.</source>
        <translation>“{name}” is te groot voor een foto die StillMine leest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be read.</source>
        <translation>“{name}” kon niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading “{name}” failed unexpectedly, so it was skipped. The file may be damaged or made to attack picture readers; do not open it in other programs either.</source>
        <translation>Het lezen van “{name}” ging onverwacht mis, dus het is overgeslagen. Het bestand is misschien beschadigd of gemaakt om fotoprogramma&apos;s aan te vallen; open het ook niet in andere programma&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” holds no pictures or video (it may be a sound file).</source>
        <translation>In “{name}” staan geen beelden of video (het is misschien een geluidsbestand).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” looks like a video but is damaged, so it cannot be read.</source>
        <translation>“{name}” lijkt een video, maar is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” uses a video format StillMine cannot read.</source>
        <translation>“{name}” gebruikt een videovorm die StillMine niet kan lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine got no answer from the hash bank. Check the internet connection and the bank&apos;s address, then try again. What was already sent is kept in your case.</source>
        <translation>StillMine kreeg geen antwoord van de hashbank. Controleer de internetverbinding en het adres van de bank, en probeer het dan opnieuw. Wat al verstuurd is, staat in je dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing answers at that address: the hash bank is not running there. Check the address with the organisation that runs it.</source>
        <translation>Op dat adres antwoordt niets: daar draait de hashbank niet. Controleer het adres bij de organisatie die de bank beheert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to the hash bank could not be set up. The address may be wrong, or something is intercepting the connection. Nothing was sent.</source>
        <translation>De beveiligde verbinding met de hashbank kon niet worden opgezet. Misschien klopt het adres niet, of onderschept iets de verbinding. Er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hash bank stopped answering while StillMine sent a fingerprint. StillMine looks it up before sending it again, so nothing is sent twice.</source>
        <translation>De hashbank gaf geen antwoord meer terwijl StillMine een vingerafdruk verstuurde. StillMine zoekt hem op voordat hij opnieuw wordt verstuurd, dus niets gaat twee keer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hash bank refused the request. Check the address, the bank&apos;s name and the access token with the organisation that runs it.</source>
        <translation>De hashbank weigerde het verzoek. Controleer het adres, de naam van de bank en de toegangscode bij de organisatie die de bank beheert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hash bank sent an answer StillMine does not understand, so StillMine stopped. Check the address with the organisation that runs it.</source>
        <translation>De hashbank stuurde een antwoord dat StillMine niet begrijpt, dus StillMine is gestopt. Controleer het adres bij de organisatie die de bank beheert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StillMine&apos;s list of services is missing or damaged. Install StillMine again to repair it.</source>
        <translation>De lijst met diensten van StillMine ontbreekt of is beschadigd. Installeer StillMine opnieuw om dat te herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be saved there. Choose a folder you can write to, such as your Documents folder.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Kies een map waarin je mag schrijven, zoals je map Documenten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something needs your attention</source>
        <translation>Er vraagt iets je aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine ran into a problem of its own. Your case file is safe: StillMine only ever saves complete changes. Please try again; if it keeps happening, close StillMine and open it again.</source>
        <translation>StillMine liep tegen een eigen probleem aan. Je dossier is veilig: StillMine bewaart alleen volledige wijzigingen. Probeer het opnieuw; blijft het gebeuren, sluit StillMine dan en open het opnieuw.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="+48"/>
        <source>Welcome to StillMine</source>
        <translation>Welkom bij StillMine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your time. You can stop whenever you like and come back later.</source>
        <translation>Neem de tijd. Je kunt stoppen wanneer je wilt en later verdergaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>Inhoudswaarschuwing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next steps are about intimate pictures of you. StillMine never shows a picture unless you ask, and then blurred first. Pause whenever you need to.</source>
        <translation>De volgende stappen gaan over intieme foto&apos;s van jou. StillMine laat nooit een foto zien tenzij je erom vraagt, en dan eerst vervaagd. Neem pauze wanneer je dat nodig hebt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What StillMine does</source>
        <translation>Wat StillMine doet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• It makes fingerprints of your pictures, here on this computer. A fingerprint is a short code: nobody can turn it back into the picture.</source>
        <translation>• Het maakt vingerafdrukken van je foto&apos;s, hier op deze computer. Een vingerafdruk is een korte code: niemand kan er de foto weer van maken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• It helps you give these fingerprints to services that block copies, such as StopNCII.org and Take It Down.</source>
        <translation>• Het helpt je deze vingerafdrukken te geven aan diensten die kopieën blokkeren, zoals StopNCII.org en Take It Down.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• It keeps a safe record of where you found copies, and writes the letters that ask websites to remove them.</source>
        <translation>• Het houdt veilig bij waar je kopieën hebt gevonden, en schrijft de brieven waarin je websites vraagt ze te verwijderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What StillMine does not do</source>
        <translation>Wat StillMine niet doet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• It never uploads, copies or changes your pictures. They stay where they are, on this computer.</source>
        <translation>• Het uploadt, kopieert of verandert je foto&apos;s nooit. Ze blijven waar ze zijn, op deze computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• It has no account, no cloud and no tracking, and needs no internet.</source>
        <translation>• Het heeft geen account, geen cloud en geen tracking, en heeft geen internet nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• It cannot remove pictures by itself: websites and services do that when asked. StillMine helps you ask.</source>
        <translation>• Het kan zelf geen foto&apos;s verwijderen: websites en diensten doen dat als je erom vraagt. StillMine helpt je daarbij.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our promise</source>
        <translation>Onze belofte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Your pictures never leave this computer. StillMine keeps no copies, previews or thumbnails of them.</source>
        <translation>• Je foto&apos;s verlaten deze computer nooit. StillMine bewaart er geen kopieën, voorbeelden of miniaturen van.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Everything you tell StillMine is kept in a case file locked with a passphrase that only you know.</source>
        <translation>• Alles wat je StillMine vertelt, staat in een dossier dat is vergrendeld met een wachtzin die alleen jij kent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If someone comes in, press Esc twice, or click “Quick exit” at the bottom left. StillMine disappears at once, saves your work and locks your case. Next time it will ask for your passphrase.</source>
        <translation>Komt er iemand binnen? Druk dan twee keer op Esc, of klik linksonder op “Snel weg”. StillMine verdwijnt meteen, bewaart je werk en vergrendelt je dossier. De volgende keer wordt om je wachtzin gevraagd.</translation>
    </message>
</context>
</TS>
