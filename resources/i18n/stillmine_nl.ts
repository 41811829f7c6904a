<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/gui/about.py" line="+153"/>
        <source>About {0}</source>
        <translation>Over {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} works on this computer only. Your pictures and videos never leave it; it sends no statistics and checks for no updates. It is free software, built on the work of the people and projects below.</source>
        <translation>{0} werkt alleen op deze computer. Je foto&apos;s en video&apos;s verlaten hem nooit; er worden geen statistieken verstuurd en er wordt niet naar updates gezocht. Het is vrije software, gebouwd op het werk van de mensen en projecten hieronder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a component to read its licence in full.</source>
        <translation>Kies een onderdeel om de volledige licentie te lezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of components cannot be read: the licences folder of this installation is damaged. Download {0} again to repair it.</source>
        <translation>De lijst met onderdelen kan niet worden gelezen: de map met licenties van deze installatie is beschadigd. Download {0} opnieuw om dit te herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close About</source>
        <translation>Venster Over sluiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This licence text is missing from the installation ({0}).</source>
        <translation>Deze licentietekst ontbreekt in de installatie ({0}).</translation>
    </message>
</context>
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
        <location filename="../../app/gui/pages/add_images.py" line="+71"/>
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
        <location line="+34"/>
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
        <location filename="../../app/gui/controller.py" line="+361"/>
        <source>Everything was deleted</source>
        <extracomment>The longest a lock or exit waits for background work to stop (it normally takes &lt; 0.5 s).</extracomment>
        <translation>Alles is verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your case is no longer on this computer. Registrations you made with StopNCII.org and other services were not withdrawn.</source>
        <translation>Je dossier staat niet meer op deze computer. Aanmeldingen die je bij StopNCII.org en andere diensten hebt gedaan, zijn niet ingetrokken.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>You opened your case with your recovery code. If you have forgotten your passphrase, choose a new one in Settings.</source>
        <translation>Je hebt je dossier geopend met je herstelcode. Ben je je wachtzin vergeten? Kies dan een nieuwe in Instellingen.</translation>
    </message>
</context>
<context>
    <name>BankFormStep</name>
    <message>
        <location filename="../../app/gui/registering/bank.py" line="+78"/>
        <source>Send your fingerprints to a hash bank</source>
        <extracomment>Rows of requests visible before the list scrolls.</extracomment>
        <translation>Je vingerafdrukken naar een hashbank sturen</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>CaseTools</name>
    <message>
        <location filename="../../app/gui/case_tools.py" line="+60"/>
        <source>You have not made a backup of your case yet.</source>
        <translation>Je hebt nog geen back-up van je dossier gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your last backup was made on {0}.</source>
        <translation>Je laatste back-up is gemaakt op {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have changed your case since then.</source>
        <translation>Sindsdien heb je je dossier veranderd.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="+185"/>
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
    <message>
        <location line="+2"/>
        <source>I&apos;m helping &amp;someone…</source>
        <translation>Ik help &amp;iemand…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping someone</source>
        <translation>Ik help iemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case from a back&amp;up…</source>
        <translation>Een dossier openen uit een back-&amp;up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case from a backup</source>
        <translation>Een dossier openen uit een back-up</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/gui/letters/steps.py" line="+566"/>
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Missing: {0}</source>
        <translation>✗ Ontbreekt: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the letter needs</source>
        <translation>Wat de brief nodig heeft</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) still missing. Add them above, then go on.</source>
        <translation>
            <numerusform>Er ontbreekt nog %n ding. Vul het hierboven aan en ga dan verder.</numerusform>
            <numerusform>Er ontbreken nog %n dingen. Vul ze hierboven aan en ga dan verder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the letter needs is there.</source>
        <translation>Alles wat de brief nodig heeft, is er.</translation>
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
    <name>CopiesStep</name>
    <message>
        <location filename="../../app/gui/letters/steps.py" line="-458"/>
        <source>Which copies is the letter about?</source>
        <extracomment>Copies visible in the list before it scrolls.</extracomment>
        <translation>Over welke kopieën gaat de brief?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the copies this letter is about. One letter can name several copies on the same site.</source>
        <translation>Vink de kopieën aan waar deze brief over gaat. Eén brief kan meerdere kopieën op dezelfde site noemen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies the letter is about</source>
        <translation>Kopieën waar de brief over gaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any copies yet. Record where you found one first (“Record a copy you found…” in your case): every letter needs its web address.</source>
        <translation>Je hebt nog geen kopieën vastgelegd. Leg eerst vast waar je er een vond (“Een gevonden kopie vastleggen…” in je dossier): elke brief heeft het webadres nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copies of a picture of someone under 18 (or when you are not sure of the age) are never put in a letter. Report them to the police, to Take It Down or the CyberTipline (NCMEC); in the Netherlands, Helpwanted.nl can help.</source>
        <translation>Kopieën van een foto van iemand onder de 18 (of als je niet zeker bent van de leeftijd) komen nooit in een brief. Meld ze bij de politie, bij Take It Down of de CyberTipline (NCMEC); in Nederland kan Helpwanted.nl helpen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next: who it goes to</source>
        <translation>&amp;Volgende: naar wie hij gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: who it goes to</source>
        <translation>Volgende: naar wie hij gaat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, found on {1}</source>
        <translation>{0}, gevonden op {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (not in letters: someone under 18)</source>
        <translation>{0} (niet in brieven: iemand onder de 18)</translation>
    </message>
</context>
<context>
    <name>CreateCasePage</name>
    <message>
        <location filename="../../app/gui/pages/create_case.py" line="+49"/>
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
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/gui/dashboard.py" line="+298"/>
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
        <source>&amp;Open the chosen copy…</source>
        <translation>Gekozen kopie &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen copy</source>
        <translation>Gekozen kopie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the chosen letter…</source>
        <translation>Gekozen brief &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen letter</source>
        <translation>Gekozen brief openen</translation>
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
        <location line="+1"/>
        <source>Make a backup now…</source>
        <translation>Nu een back-up maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
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
        <location line="+10"/>
        <source>{0}: overdue</source>
        <translation>{0}: te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: due soon</source>
        <translation>{0}: binnenkort</translation>
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
        <location line="+6"/>
        <source>• The reply to your letter to {0} was due on {1}.</source>
        <translation>• Het antwoord op je brief aan {0} had er op {1} moeten zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• The reply to your letter to {0} is due by {1}.</source>
        <translation>• Het antwoord op je brief aan {0} moet er uiterlijk {1} zijn.</translation>
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
    <message>
        <location line="+9"/>
        <source>• Your latest changes are not in a backup yet. Make a backup and keep it away from this computer, so nothing is lost if the computer breaks.</source>
        <translation>• Je laatste wijzigingen staan nog niet in een back-up. Maak een back-up en bewaar die niet bij deze computer, zodat er niets verloren gaat als de computer kapotgaat.</translation>
    </message>
</context>
<context>
    <name>DeleteEverythingWindow</name>
    <message>
        <location filename="../../app/gui/case_tools.py" line="+503"/>
        <source>delete</source>
        <translation>verwijder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This deletes your case from this computer for good. It cannot be undone. Afterwards StillMine starts again as on the first day.</source>
        <translation>Hiermee verwijder je je dossier voorgoed van deze computer. Dit kan niet ongedaan worden gemaakt. Daarna begint StillMine weer zoals op de eerste dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is deleted</source>
        <translation>Wat wordt verwijderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Your case file, and the earlier copies StillMine keeps of it.
• The screenshots and other evidence you added.
• The key this computer remembers for your case, and StillMine&apos;s settings.</source>
        <translation>• Je dossier, en de eerdere kopieën die StillMine ervan bewaart.
• De schermafbeeldingen en ander bewijs dat je hebt toegevoegd.
• De sleutel die deze computer voor je dossier onthoudt, en de instellingen van StillMine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is not deleted</source>
        <translation>Wat niet wordt verwijderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Your registrations are not withdrawn: StopNCII.org, Take It Down and other services keep blocking your fingerprints. To withdraw one, open it on the dashboard first (its PIN and case number are deleted too).
• Backups you saved elsewhere, letters you sent, and your pictures themselves.</source>
        <translation>• Je aanmeldingen worden niet ingetrokken: StopNCII.org, Take It Down en andere diensten blijven je vingerafdrukken blokkeren. Wil je er een intrekken, open hem dan eerst op het overzicht (de pincode en het zaaknummer worden ook verwijderd).
• Back-ups die je ergens anders hebt bewaard, brieven die je hebt verstuurd, en je foto&apos;s zelf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you might need your case again, make a backup first.</source>
        <translation>Heb je je dossier misschien later nog nodig? Maak dan eerst een back-up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;backup first…</source>
        <translation>Eerst een &amp;back-up maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup first</source>
        <translation>Eerst een back-up maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To confirm, &amp;type the word “{0}”:</source>
        <translation>&amp;Typ ter bevestiging het woord “{0}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the word {0} to confirm</source>
        <translation>Typ ter bevestiging het woord {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete everything now</source>
        <translation>Nu &amp;alles verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything now</source>
        <translation>Nu alles verwijderen</translation>
    </message>
</context>
<context>
    <name>DetailsStep</name>
    <message>
        <location filename="../../app/gui/letters/steps.py" line="+445"/>
        <source>What the letter needs from you</source>
        <translation>Wat de brief van jou nodig heeft</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Letters need a few things from you. StillMine filled in what your case holds; the checklist at the end says what is still missing, and why.</source>
        <translation>Brieven hebben een paar dingen van je nodig. StillMine heeft ingevuld wat je dossier al weet; de lijst onderaan zegt wat er nog ontbreekt, en waarom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in your case for your next letters. A new e-mail address just for this is fine.</source>
        <translation>Bewaard in je dossier voor je volgende brieven. Een nieuw e-mailadres alleen hiervoor is prima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your full legal name</source>
        <translation>Je volledige officiële naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address for replies</source>
        <translation>E-mailadres voor antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to sign with (if different)</source>
        <translation>Naam om mee te ondertekenen (als die anders is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name</source>
        <translation>Hun naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How they may act for you</source>
        <translation>Waarom zij namens jou mogen optreden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their e-mail address</source>
        <translation>Hun e-mailadres</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name of the company or person</source>
        <translation>Naam van het bedrijf of de persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of their web form</source>
        <translation>Adres van hun webformulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their postal address</source>
        <translation>Hun postadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parent, guardian, lawyer…</source>
        <translation>ouder, voogd, advocaat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Country where you live</source>
        <translation>Land waar je woont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It decides the paper size, the laws cited and the helplines named.</source>
        <translation>Dit bepaalt het papierformaat, de genoemde wetten en de genoemde hulplijnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone writing for you (optional)</source>
        <translation>Iemand die voor jou schrijft (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone is writing this for me: a parent, guardian or lawyer</source>
        <translation>Iemand schrijft dit voor mij: een ouder, voogd of advocaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it goes to</source>
        <translation>Naar wie hij gaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in from StillMine&apos;s list of sites. Check it on the site&apos;s own pages if you can.</source>
        <translation>Ingevuld uit de lijst met sites van StillMine. Controleer het als het kan op de eigen pagina&apos;s van de site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Where the host is based</source>
        <translation>Waar de hostingprovider gevestigd is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am not being paid for this content</source>
        <translation>Ik word niet betaald voor deze inhoud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you know it is shared without your consent (optional)</source>
        <translation>Waarom je weet dat het zonder je toestemming is gedeeld (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is shared without your consent</source>
        <translation>Waarom het zonder je toestemming is gedeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your own words, for example: “I agreed to it being taken privately, never to it being shared”, or “my account was hacked”.</source>
        <translation>In je eigen woorden, bijvoorbeeld: “ik vond het goed dat het privé werd gemaakt, nooit dat het werd gedeeld”, of “mijn account is gehackt”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>What happened, in short</source>
        <translation>Wat er is gebeurd, in het kort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without graphic detail: who, when, where it appeared, any threats.</source>
        <translation>Zonder expliciete details: wie, wanneer, waar het verscheen, eventuele dreigementen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence you still need (optional)</source>
        <translation>Bewijs dat je nog nodig hebt (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence you still need</source>
        <translation>Bewijs dat je nog nodig hebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next: read the letter</source>
        <translation>&amp;Volgende: de brief lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: read the letter</source>
        <translation>Volgende: de brief lezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another country</source>
        <translation>Een ander land</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I do not know</source>
        <translation>Ik weet het niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the European Union</source>
        <translation>In de Europese Unie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the United States</source>
        <translation>In de Verenigde Staten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the United Kingdom</source>
        <translation>In het Verenigd Koninkrijk</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="+59"/>
        <source>Choose pictures or videos</source>
        <extracomment>What the picture chooser lists (StillMine reads a file by its content, so &quot;All files&quot; is offered too: a photo saved without an extension still works). What the screenshot chooser lists (a screenshot is identified by its content too).</extracomment>
        <translation>Foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures and videos ({0})</source>
        <translation>Foto&apos;s en video&apos;s ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Choose screenshots</source>
        <translation>Schermafbeeldingen kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures ({0})</source>
        <translation>Afbeeldingen ({0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose files or a zip export</source>
        <translation>Kies bestanden of een zip-export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures, videos and zip exports ({0})</source>
        <translation>Foto&apos;s, video&apos;s en zip-exports ({0})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/gui/evidence/common.py" line="+72"/>
        <source>social network</source>
        <extracomment>How a date and time are shown: the month&apos;s name cannot be misread the way &quot;11/12&quot; can. Characters of a SHA-256 shown together (64 hex characters would not wrap). Characters of a time zone&apos;s name the zone box shows at least. Lines of a text box before it scrolls.</extracomment>
        <translation>sociaal netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat service</source>
        <translation>chatdienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search engine</source>
        <translation>zoekmachine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adult site</source>
        <translation>pornosite</translation>
    </message>
</context>
<context>
    <name>ExportCaseWindow</name>
    <message>
        <location filename="../../app/gui/case_tools.py" line="-473"/>
        <source>Make a backup of your case</source>
        <translation>Een back-up van je dossier maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one file that holds your whole case: everything StillMine keeps about it, and the screenshots you added as evidence (never your pictures themselves). With it you can get your case back if this computer breaks or is lost, move to a new computer, or give your case to a lawyer.</source>
        <translation>Een back-up is één bestand met je hele dossier: alles wat StillMine erover bewaart, en de schermafbeeldingen die je als bewijs hebt toegevoegd (nooit je foto&apos;s zelf). Daarmee krijg je je dossier terug als deze computer kapotgaat of kwijtraakt, kun je naar een nieuwe computer verhuizen, of kun je je dossier aan een advocaat geven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeping it safe</source>
        <translation>Veilig bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• The file is encrypted: without its passphrase nobody can read it.
• Save it on a USB stick or another drive, and keep that somewhere safe, away from this computer.
• Write the passphrase down, but never on the stick itself: anyone who has both the file and its passphrase can read your case.</source>
        <translation>• Het bestand is versleuteld: zonder de wachtzin kan niemand het lezen.
• Zet het op een usb-stick of een andere schijf, en bewaar die op een veilige plek, niet bij deze computer.
• Schrijf de wachtzin op, maar nooit op de stick zelf: wie het bestand én de wachtzin heeft, kan je dossier lezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase for this file, of at least {0} characters. It may differ from the passphrase of your case.</source>
        <translation>Kies een wachtzin voor dit bestand, van minstens {0} tekens. Die mag anders zijn dan de wachtzin van je dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase for the backup</source>
        <translation>&amp;Wachtzin voor de back-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out PINs and access codes</source>
        <translation>&amp;Pincodes en toegangscodes weglaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out PINs and access codes</source>
        <translation>Pincodes en toegangscodes weglaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a copy you give to a lawyer or a helper: they can read the case, but not your StopNCII.org PIN. Keep a full backup for yourself: that PIN cannot be found anywhere else.</source>
        <translation>Voor een kopie die je aan een advocaat of helper geeft: die kan het dossier lezen, maar niet je pincode van StopNCII.org. Bewaar voor jezelf een volledige back-up: die pincode is nergens anders terug te vinden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose &amp;where to save the backup…</source>
        <translation>Kies waar je de back-up op&amp;slaat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the backup</source>
        <translation>Kies waar je de back-up opslaat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the backup of your case</source>
        <translation>De back-up van je dossier opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>StillMine backups (*{0})</source>
        <translation>StillMine-back-ups (*{0})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the backup. This takes a moment…</source>
        <translation>De back-up wordt geschreven. Dit duurt even…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your backup is saved as “{0}” in {1}. Keep it, and its passphrase, safe and apart.</source>
        <translation>Je back-up is opgeslagen als “{0}” in {1}. Bewaar hem en de wachtzin veilig, en niet bij elkaar.</translation>
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
        <location line="+17"/>
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
    <name>FoundView</name>
    <message>
        <location filename="../../app/gui/scanning/found_view.py" line="+101"/>
        <source>Files that show your pictures</source>
        <translation>Bestanden die je foto&apos;s tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the chosen file</source>
        <translation>Voorbeeld van het gekozen bestand</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>&amp;Blur it again</source>
        <translation>Weer &amp;vervagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show it &amp;clearly</source>
        <translation>&amp;Duidelijk tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file in the list to see more about it.</source>
        <translation>Kies een bestand in de lijst om er meer over te zien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found files are not shown here: the package does not say how old the person in each picture is, so StillMine shows none of them.</source>
        <translation>Gevonden bestanden worden hier niet getoond: het pakket zegt niet hoe oud de persoon op elke foto is, dus StillMine toont er geen enkele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preview: you said this picture shows someone under 18, or you were not sure. StillMine never shows such pictures.</source>
        <translation>Geen voorbeeld: je zei dat deze foto iemand onder de 18 toont, of je wist het niet zeker. StillMine toont zulke foto&apos;s nooit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StillMine does not show previews of videos.</source>
        <translation>StillMine toont geen voorbeelden van video&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown clearly, because you asked. Nothing is saved.</source>
        <translation>Duidelijk getoond, omdat je erom vroeg. Er wordt niets bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blurred, so you do not have to look at it. Show it clearly only if you want to check it.</source>
        <translation>Vervaagd, zodat je er niet naar hoeft te kijken. Toon het alleen duidelijk als je het wilt controleren.</translation>
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
        <location filename="../../app/gui/help.py" line="+83"/>
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
        <location line="+1"/>
        <source>&amp;About {0}</source>
        <translation>&amp;Over {0}</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>HelperMode</name>
    <message>
        <location filename="../../app/gui/scanning/share.py" line="+52"/>
        <source>That passphrase does not open this file, or the file was changed on the way. Check for typing mistakes and Caps Lock, and check the passphrase with the other person.</source>
        <translation>Deze wachtzin opent dit bestand niet, of het bestand is onderweg veranderd. Let op typfouten en Caps Lock, en controleer de wachtzin met de andere persoon.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
</context>
<context>
    <name>HelperWindow</name>
    <message>
        <location filename="../../app/gui/scanning/helper_window.py" line="+121"/>
        <source>Helping someone look for their pictures</source>
        <translation>Iemand helpen zoeken naar diens foto&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone you trust sent you a helper package and told you its passphrase. The package holds only fingerprints: you will not see their pictures. StillMine compares what you found with it, here on this computer, and makes a locked report for them. You do not need a case of your own.</source>
        <translation>Iemand die je vertrouwt stuurde je een helperspakket en vertelde je de wachtzin. Het pakket bevat alleen vingerafdrukken: je ziet de foto&apos;s niet. StillMine vergelijkt wat jij vond ermee, hier op deze computer, en maakt een vergrendeld verslag voor die persoon. Je hebt geen eigen dossier nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Open the package</source>
        <translation>1. Open het pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose the package…</source>
        <translation>&amp;Kies het pakket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Choose the helper package</source>
        <translation>Kies het helperspakket</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Open the package</source>
        <translation>Pakket &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the package</source>
        <translation>Pakket openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Scan what you found</source>
        <translation>2. Doorzoek wat je vond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Send back what you found</source>
        <translation>3. Stuur terug wat je vond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where did you find these files?</source>
        <translation>&amp;Waar vond je deze bestanden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you found these files</source>
        <translation>Waar je deze bestanden vond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Discord server “…”, channel #general; or a web address</source>
        <translation>Bijvoorbeeld: Discord-server “…”, kanaal #general; of een webadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In your own words: it goes into the report instead of the places on this computer. The report is locked with the package&apos;s passphrase.</source>
        <translation>In je eigen woorden: dit komt in het verslag in plaats van de plekken op deze computer. Het verslag wordt vergrendeld met de wachtzin van het pakket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save the match report…</source>
        <translation>Verslag van &amp;vondsten opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>Save the match report</source>
        <translation>Verslag van vondsten opslaan</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helper packages (*{0})</source>
        <translation>Helperspakketten (*{0})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the package…</source>
        <translation>Het pakket wordt geopend…</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Opened “{0}”: the fingerprints of %n picture(s) and video(s).</source>
        <translation>
            <numerusform>“{0}” geopend: de vingerafdrukken van %n foto of video.</numerusform>
            <numerusform>“{0}” geopend: de vingerafdrukken van %n foto&apos;s en video&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen: “{0}”</source>
        <translation>Gekozen: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package chosen yet.</source>
        <translation>Nog geen pakket gekozen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Match reports (*{0})</source>
        <translation>Verslagen van vondsten (*{0})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Het verslag wordt opgeslagen…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved “{0}” with %n match(es). Send it to the person you are helping; it opens with the same passphrase as their package.</source>
        <translation>
            <numerusform>“{0}” opgeslagen met %n vondst. Stuur het naar de persoon die je helpt; het opent met dezelfde wachtzin als het pakket.</numerusform>
            <numerusform>“{0}” opgeslagen met %n vondsten. Stuur het naar de persoon die je helpt; het opent met dezelfde wachtzin als het pakket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCaseWindow</name>
    <message>
        <location filename="../../app/gui/case_tools.py" line="+127"/>
        <source>Open a case from a backup</source>
        <translation>Een dossier openen uit een back-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup or export file (ending in {0}) made with StillMine, for example on your old computer. StillMine checks the whole file before it changes anything on this computer.</source>
        <translation>Kies een back-up- of exportbestand (dat eindigt op {0}) dat met StillMine is gemaakt, bijvoorbeeld op je oude computer. StillMine controleert het hele bestand voordat het iets op deze computer verandert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the &amp;file…</source>
        <translation>Kies het &amp;bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Kies het back-upbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: “{0}”</source>
        <translation>Gekozen: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase of the file</source>
        <translation>&amp;Wachtzin van het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the file</source>
        <translation>Wachtzin van het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase chosen when the backup was made. It may differ from the passphrase of the case itself.</source>
        <translation>De wachtzin die is gekozen toen de back-up werd gemaakt. Die kan anders zijn dan de wachtzin van het dossier zelf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then choose a new passphrase for your case on this computer, of at least {0} characters. From now on, it opens your case here.</source>
        <translation>Kies daarna een nieuwe wachtzin voor je dossier op deze computer, van minstens {0} tekens. Voortaan open je je dossier hier daarmee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase for this computer</source>
        <translation>&amp;Nieuwe wachtzin voor deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a case on this computer. Opening this file replaces it: the case that is here now is kept aside in StillMine&apos;s folder, not deleted.</source>
        <translation>Er staat al een dossier op deze computer. Als je dit bestand opent, vervangt het dat dossier: het dossier dat hier nu staat, wordt apart bewaard in de map van StillMine, niet verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace the case on this computer</source>
        <translation>Het dossier op deze computer &amp;vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the case on this computer</source>
        <translation>Het dossier op deze computer vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open this case</source>
        <translation>Dit dossier &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this case</source>
        <translation>Dit dossier openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the file and opening your case. This takes a moment…</source>
        <translation>Het bestand wordt gecontroleerd en je dossier wordt geopend. Dit duurt even…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case is open on this computer. It has a new recovery code: a code you wrote down for the old computer does not open it here.</source>
        <translation>Je dossier is open op deze computer. Het heeft een nieuwe herstelcode: een code die je voor de oude computer hebt opgeschreven, opent het hier niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue to my case</source>
        <translation>&amp;Ga verder naar mijn dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to my case</source>
        <translation>Ga verder naar mijn dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the backup of your case</source>
        <translation>Kies de back-up van je dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine backups (*{0})</source>
        <translation>StillMine-back-ups (*{0})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That passphrase does not open this file</source>
        <translation>Die wachtzin opent dit bestand niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase chosen when the backup was made (it may differ from your case&apos;s own). Check for typing mistakes and that Caps Lock is off. Nothing on this computer was changed.</source>
        <translation>Typ de wachtzin die is gekozen toen de back-up werd gemaakt (die kan anders zijn dan die van je dossier). Let op typefouten en kijk of Caps Lock uit staat. Er is niets op deze computer veranderd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your new passphrase was not set</source>
        <translation>Je nieuwe wachtzin is niet ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your case is open, but it still opens with the passphrase of the backup file. Choose a new one later in Settings.</source>
        <translation>Je dossier is open, maar het opent nog steeds met de wachtzin van het back-upbestand. Kies later een nieuwe in Instellingen.</translation>
    </message>
</context>
<context>
    <name>ImportReportWindow</name>
    <message>
        <location filename="../../app/gui/scanning/share.py" line="+152"/>
        <source>Import a helper&apos;s report</source>
        <translation>Het verslag van een helper inlezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper sends back a match report, locked with the passphrase of your package. Importing it records each copy they found under “Copies found”, with where they found it. You do not have to look at any of them.</source>
        <translation>Je helper stuurt een verslag van vondsten terug, vergrendeld met de wachtzin van je pakket. Als je het inleest, wordt elke kopie die je helper vond vastgelegd onder “Gevonden kopieën”, met de plek waar die werd gevonden. Je hoeft er geen enkele te bekijken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose the report…</source>
        <translation>&amp;Kies het verslag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the match report</source>
        <translation>Kies het verslag van vondsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: “{0}”</source>
        <translation>Gekozen: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report chosen yet.</source>
        <translation>Nog geen verslag gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import the report</source>
        <translation>Verslag &amp;inlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the report</source>
        <translation>Verslag inlezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the helper&apos;s match report</source>
        <translation>Kies het verslag van je helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match reports (*{0})</source>
        <translation>Verslagen van vondsten (*{0})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the report…</source>
        <translation>Het verslag wordt geopend…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n new copy(ies) recorded under “Copies found”.</source>
        <translation>
            <numerusform>%n nieuwe kopie vastgelegd onder “Gevonden kopieën”.</numerusform>
            <numerusform>%n nieuwe kopieën vastgelegd onder “Gevonden kopieën”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were already recorded, so they were skipped.</source>
        <translation>
            <numerusform>%n was al vastgelegd en is overgeslagen.</numerusform>
            <numerusform>%n waren al vastgelegd en zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n named pictures that are no longer in your case.</source>
        <translation>
            <numerusform>%n noemde een foto die niet meer in je dossier staat.</numerusform>
            <numerusform>%n noemden foto&apos;s die niet meer in je dossier staan.</numerusform>
        </translation>
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
    <name>LetterDetailWindow</name>
    <message>
        <location filename="../../app/gui/letters/detail.py" line="+199"/>
        <source>Status</source>
        <extracomment>Rows of the replies table visible before it scrolls. Lines of the letter&apos;s text visible before it scrolls.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went</source>
        <translation>Hoe hij ging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Juridische grondslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the text (SHA-256)</source>
        <translation>Vingerafdruk van de tekst (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontinue this letter…</source>
        <translation>Verder met deze &amp;brief…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue this letter</source>
        <translation>Verder met deze brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Ticket or reference number</source>
        <translation>Ticket- of referentienummer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The number they gave you</source>
        <translation>Het nummer dat je van hen kreeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the &amp;number</source>
        <translation>&amp;Nummer bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the ticket number</source>
        <translation>Het ticketnummer bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an answer</source>
        <translation>Een antwoord vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it came</source>
        <translation>Wanneer het kwam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the answer came</source>
        <translation>Wanneer het antwoord kwam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+28"/>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Their reasons or words (optional)</source>
        <translation>Hun redenen of woorden (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reasons or words</source>
        <translation>Hun redenen of woorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy their statement of reasons if they gave one: you may need it later.</source>
        <translation>Neem hun motivering over als ze die gaven: je kunt hem later nodig hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket number in the answer (optional)</source>
        <translation>Ticketnummer in het antwoord (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number in the answer</source>
        <translation>Ticketnummer in het antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;answer</source>
        <translation>&amp;Antwoord vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the answer</source>
        <translation>Het antwoord vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Answers so far</source>
        <translation>Antwoorden tot nu toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answers recorded yet.</source>
        <translation>Nog geen antwoorden vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exact text</source>
        <translation>De precieze tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact text of the letter</source>
        <translation>De precieze tekst van de brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py the text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the letter</source>
        <translation>De tekst van de brief kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this letter</source>
        <translation>Deze brief sluiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Came on</source>
        <translation>Gekomen op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their words</source>
        <translation>Hun woorden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading your case…</source>
        <translation>Je dossier wordt gelezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To {0}</source>
        <translation>Aan {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft, not sent</source>
        <translation>Concept, niet verstuurd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No fixed deadline</source>
        <translation>Geen vaste termijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: overdue</source>
        <translation>{0}: te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: due soon</source>
        <translation>{0}: binnenkort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is overdue. You can send a reminder with the ticket number, write to the host or a regulator, or ask a helpline for help. Record any answer below.</source>
        <translation>Het antwoord is te laat. Je kunt een herinnering sturen met het ticketnummer, de hostingprovider of een toezichthouder schrijven, of een hulplijn om hulp vragen. Leg een antwoord hieronder vast.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ticket number is saved.</source>
        <translation>Het ticketnummer is bewaard.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The answer is recorded.</source>
        <translation>Het antwoord is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <location filename="../../app/gui/letters/window.py" line="+220"/>
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
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../app/gui/letters/names.py" line="+15"/>
        <location line="+8"/>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Report button in the app</source>
        <translation>Meldknop in de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the app</source>
        <translation>In de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page to read</source>
        <translation>Pagina om te lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They confirmed they received it</source>
        <translation>Ze bevestigden dat ze hem ontvingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They removed it</source>
        <translation>Ze hebben het verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They refused</source>
        <translation>Ze weigerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They asked for more information</source>
        <translation>Ze vroegen om meer informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another answer</source>
        <translation>Een ander antwoord</translation>
    </message>
</context>
<context>
    <name>MakePackageWindow</name>
    <message>
        <location filename="../../app/gui/scanning/share.py" line="-179"/>
        <source>Make a package for a helper</source>
        <translation>Een pakket maken voor een helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A helper package lets someone you trust look for your pictures in what they found (a chat export, a folder of downloads), on their own computer, without ever seeing your pictures.</source>
        <translation>Met een helperspakket kan iemand die je vertrouwt op de eigen computer naar je foto&apos;s zoeken in wat die persoon vond (een chat-export, een map met downloads), zonder je foto&apos;s ooit te zien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is in the package</source>
        <translation>Wat er in het pakket zit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• The fingerprints of your pictures and videos, with neutral names such as “Picture 1”, and the shape of each picture (such as 4 by 3).
• Nothing else: no pictures, no file names, nothing about you or your case.</source>
        <translation>• De vingerafdrukken van je foto&apos;s en video&apos;s, met neutrale namen zoals “Foto 1”, en de vorm van elke foto (zoals 4 bij 3).
• Verder niets: geen foto&apos;s, geen bestandsnamen, niets over jou of je dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package is locked with a passphrase of at least {0} characters. Tell it to your helper another way than the file: by phone or in person, never in the same message. Their report comes back locked with it too.</source>
        <translation>Het pakket wordt vergrendeld met een wachtzin van minstens {0} tekens. Vertel die aan je helper op een andere manier dan het bestand: telefonisch of persoonlijk, nooit in hetzelfde bericht. Het verslag van je helper komt ermee vergrendeld terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase for the package</source>
        <translation>&amp;Wachtzin voor het pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the package…</source>
        <translation>Pakket &amp;opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the helper package</source>
        <translation>Het helperspakket opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper packages (*{0})</source>
        <translation>Helperspakketten (*{0})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the package…</source>
        <translation>Het pakket wordt opgeslagen…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved “{0}” with the fingerprints of %n picture(s) and video(s). Send it to your helper, and tell them the passphrase another way.</source>
        <translation>
            <numerusform>“{0}” opgeslagen met de vingerafdrukken van %n foto of video. Stuur het naar je helper en vertel de wachtzin op een andere manier.</numerusform>
            <numerusform>“{0}” opgeslagen met de vingerafdrukken van %n foto&apos;s en video&apos;s. Stuur het naar je helper en vertel de wachtzin op een andere manier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../app/gui/strength.py" line="+187"/>
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
        <source>&amp;Show what I type</source>
        <translation>&amp;Laat zien wat ik typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases match.</source>
        <translation>De twee wachtzinnen zijn hetzelfde.</translation>
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
    <name>PasswordAsker</name>
    <message>
        <location filename="../../app/gui/scanning/passwords.py" line="+77"/>
        <source>This zip archive has a password</source>
        <extracomment>How often a waiting scan looks at its Stop button (seconds).</extracomment>
        <translation>Dit zip-archief heeft een wachtwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is protected by a password. Type it to look inside, or choose Cancel to skip the protected files. The password is used for this scan only.</source>
        <translation>“{0}” is beveiligd met een wachtwoord. Typ het om erin te kijken, of kies Annuleren om de beveiligde bestanden over te slaan. Het wachtwoord wordt alleen voor deze zoektocht gebruikt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That password does not open “{0}”. Try again, or choose Cancel to skip the protected files.</source>
        <translation>Dat wachtwoord opent “{0}” niet. Probeer het opnieuw, of kies Annuleren om de beveiligde bestanden over te slaan.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <location filename="../../app/gui/evidence/screenshots.py" line="+69"/>
        <source>“{0}”: not saved yet</source>
        <translation>“{0}”: nog niet bewaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Vingerafdruk (SHA-256): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint (SHA-256) of the screenshot</source>
        <translation>Vingerafdruk (SHA-256) van de schermafbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It shows no intimate image: only a message, a threat or a profile</source>
        <translation>Er staat geen intieme afbeelding op: alleen een bericht, een dreigement of een profiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only screenshots like this are ever printed, in a police dossier. Others are listed there by description and fingerprint only.</source>
        <translation>Alleen zulke schermafbeeldingen worden ooit afgedrukt, in een dossier voor de politie. Andere staan daar alleen met beschrijving en vingerafdruk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it shows, without graphic detail (optional)</source>
        <translation>Wat erop staat, zonder expliciete details (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the screenshot shows</source>
        <translation>Wat er op de schermafbeelding staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this screenshot out</source>
        <translation>Deze schermafbeelding weglaten</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/gui/letters/preview.py" line="+128"/>
        <source>Read the letter and send it yourself</source>
        <extracomment>Lines of the letter visible before it scrolls. Lines of each wording box. Helplines named after &quot;It is not legal advice&quot; (the notes page names them all). The pause after typing before the letter is made again.</extracomment>
        <translation>Lees de brief en verstuur hem zelf</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>How to send it</source>
        <translation>Hoe je hem verstuurt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine sends nothing itself. Use one of these ways; anything marked “not confirmed” may have changed, so check it on the site first.</source>
        <translation>StillMine verstuurt zelf niets. Gebruik een van deze manieren; wat “niet bevestigd” is, kan veranderd zijn, dus controleer het eerst op de site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for you (never sent)</source>
        <translation>Aantekeningen voor jou (worden nooit verstuurd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for you</source>
        <translation>Aantekeningen voor jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Change the wording</source>
        <translation>De tekst aanpassen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>You can change any part. If you empty a part the law requires, the checklist says so and the letter waits.</source>
        <translation>Je kunt elk deel aanpassen. Maak je een deel leeg dat de wet eist, dan zegt de lijst dat en wacht de brief.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide the parts</source>
        <translation>De delen verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the &amp;wording</source>
        <translation>De tekst &amp;aanpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo my changes</source>
        <translation>Mijn wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes to the wording</source>
        <translation>Mijn wijzigingen aan de tekst ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text for the web form</source>
        <translation>Tekst voor het webformulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy each part into the field of the same name on the site&apos;s form.</source>
        <translation>Kopieer elk deel naar het veld met dezelfde naam op het formulier van de site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep or send it</source>
        <translation>Bewaren of versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the letter as a PDF file</source>
        <translation>De brief opslaan als pdf-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in your &amp;mail program</source>
        <translation>Openen in je &amp;mailprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the letter in your mail program</source>
        <translation>De brief openen in je mailprogramma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole &amp;letter</source>
        <translation>De hele &amp;brief kopiëren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the whole letter</source>
        <translation>De hele brief kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it as a &amp;draft</source>
        <translation>Bewaren als &amp;concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it as a draft</source>
        <translation>Bewaren als concept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I sent it…</source>
        <translation>Ik heb hem verstuurd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I sent it</source>
        <translation>Ik heb hem verstuurd</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The letter is not made yet: it still needs what the checklist names. Go back with “&lt; Back” and add it; everything you typed is kept.</source>
        <translation>De brief is nog niet gemaakt: hij heeft nog nodig wat de lijst noemt. Ga terug met “&lt; Terug” en vul het aan; alles wat je typte blijft bewaard.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+59"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Copy “{0}”</source>
        <translation>“{0}” kopiëren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print it, or save it as a PDF, and take it to the police yourself. It is never sent online.</source>
        <translation>Druk het af, of sla het op als pdf, en neem het zelf mee naar de politie. Het wordt nooit online verstuurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in where it goes on the step before.</source>
        <translation>Vul bij de vorige stap in waar hij heen gaat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} (not confirmed)</source>
        <translation>{0} (niet bevestigd)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Address: {0}</source>
        <translation>Adres: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the address</source>
        <translation>Het adres kopiëren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in your browser</source>
        <translation>Openen in je browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {0} in your browser</source>
        <translation>{0} openen in je browser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. Paste it into the form.</source>
        <translation>Gekopieerd. Plak het in het formulier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter is copied. Paste it where you send it.</source>
        <translation>De brief is gekopieerd. Plak hem waar je hem verstuurt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your mail program opens with the letter. Check it, then send it there.</source>
        <translation>Je mailprogramma opent met de brief. Controleer hem en verstuur hem daar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter is too long for your mail program to receive it directly. It is copied: paste it into the new message.</source>
        <translation>De brief is te lang om direct aan je mailprogramma te geven. Hij is gekopieerd: plak hem in het nieuwe bericht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the letter as a PDF</source>
        <translation>De brief opslaan als pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter-{0}.pdf</source>
        <translation>brief-{0}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Saved as “{0}” (%n page(s)).</source>
        <translation>
            <numerusform>Opgeslagen als “{0}” (%n pagina).</numerusform>
            <numerusform>Opgeslagen als “{0}” (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is saved</source>
        <translation>De pdf is opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n page(s) went to the printer.</source>
        <translation>
            <numerusform>%n pagina ging naar de printer.</numerusform>
            <numerusform>%n pagina&apos;s gingen naar de printer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept as a draft in your case. It is not sent.</source>
        <translation>Als concept bewaard in je dossier. Hij is niet verstuurd.</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="+74"/>
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
    <name>RecipientStep</name>
    <message>
        <location filename="../../app/gui/letters/steps.py" line="-539"/>
        <source>Who should it go to?</source>
        <translation>Naar wie moet hij gaan?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>StillMine suggests the site where the copy is. Each site has its own ways to report; StillMine knows those of the sites below.</source>
        <translation>StillMine stelt de site voor waar de kopie staat. Elke site heeft eigen manieren om te melden; StillMine kent die van de sites hieronder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Send it to</source>
        <translation>Versturen naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site StillMine does not know</source>
        <translation>Een site die StillMine niet kent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up &amp;host</source>
        <translation>&amp;Hostingprovider opzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up host</source>
        <translation>Hostingprovider opzoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the site&apos;s domain name and its internet address are sent, to a public directory (RDAP), and only when you press the button.</source>
        <translation>Alleen de domeinnaam en het internetadres van de site worden verstuurd, naar een openbaar register (RDAP), en alleen als je op de knop drukt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next: what kind of letter</source>
        <translation>&amp;Volgende: wat voor brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: what kind of letter</source>
        <translation>Volgende: wat voor brief</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A site StillMine does not know (its host or registrar)</source>
        <translation>Een site die StillMine niet kent (de hostingprovider of registrar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Never send reports to {0}: it is not for reports.</source>
        <translation>Stuur nooit meldingen naar {0}: dat is niet voor meldingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>StillMine&apos;s details for this site were checked on {0}.</source>
        <translation>De gegevens van StillMine over deze site zijn gecontroleerd op {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of them are not confirmed: check them on the site&apos;s own pages before you send anything.</source>
        <translation>Sommige zijn niet bevestigd: controleer ze op de eigen pagina&apos;s van de site voordat je iets verstuurt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The copy: {0}</source>
        <translation>De kopie: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hosting provider: {0}; abuse address: {1}</source>
        <translation>Hostingprovider: {0}; abuse-adres: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrar: {0}; abuse address: {1}</source>
        <translation>Registrar: {0}; abuse-adres: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to</source>
        <translation>Schrijven aan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hosting provider: it controls the content (best first)</source>
        <translation>De hostingprovider: die beheert de inhoud (het beste eerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registrar: it can only suspend the whole domain</source>
        <translation>De registrar: die kan alleen het hele domein blokkeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else: I will fill in who</source>
        <translation>Iemand anders: ik vul zelf in wie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up who hosts the site…</source>
        <translation>Opzoeken wie de site host…</translation>
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
        <location filename="../../app/gui/registering/window.py" line="+145"/>
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
    <message>
        <location filename="../../app/gui/registering/common.py" line="+61"/>
        <source>{0} and {1} more</source>
        <extracomment>Labels named in full in a list before &quot;and N more&quot;.</extracomment>
        <translation>{0} en nog {1} andere</translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../app/gui/registering/detail.py" line="+198"/>
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
    <name>ResultsModel</name>
    <message>
        <location filename="../../app/gui/scanning/results.py" line="+132"/>
        <source>File</source>
        <extracomment>Where each column keeps its sort key. The labels are a helper package&apos;s neutral ones (&quot;Picture 1&quot;), shown in the language of this StillMine; a user&apos;s own labels are shown as they wrote them.</extracomment>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows</source>
        <translation>Toont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it matched</source>
        <translation>Hoe het overeenkwam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Video {0}</source>
        <translation>Video {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture {0}</source>
        <translation>Foto {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>The very same file</source>
        <translation>Precies hetzelfde bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same picture, changed a little</source>
        <translation>Dezelfde foto, een beetje veranderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside a bigger picture, such as a screenshot</source>
        <translation>In een grotere afbeelding, zoals een schermafbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cropped copy</source>
        <translation>Een bijgesneden kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same video, changed a little</source>
        <translation>Dezelfde video, een beetje veranderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture that appears in this video</source>
        <translation>Een foto die in deze video voorkomt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, at {1}:{2}</source>
        <translation>{0}, op {1}:{2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>turned on its side</source>
        <translation>op zijn kant gedraaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upside down</source>
        <translation>ondersteboven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mirrored</source>
        <translation>gespiegeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mirrored and turned</source>
        <translation>gespiegeld en gedraaid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certain</source>
        <translation>Zeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How different the fingerprints are: 0 means identical; up to 31 counts as a match.</source>
        <translation>Hoeveel de vingerafdrukken verschillen: 0 betekent gelijk; tot en met 31 telt als overeenkomst.</translation>
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
    <name>ScanPanel</name>
    <message>
        <location filename="../../app/gui/scanning/panel.py" line="+134"/>
        <source>Choose a &amp;folder…</source>
        <extracomment>The longest list of chosen places named in full.</extracomment>
        <translation>Kies een &amp;map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder to scan</source>
        <translation>Kies een map om te doorzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose files or a &amp;zip export…</source>
        <translation>Kies bestanden of een &amp;zip-export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose files or a zip export to scan</source>
        <translation>Kies bestanden of een zip-export om te doorzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the scan</source>
        <translation>&amp;Begin met zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the scan</source>
        <translation>Begin met zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the scan</source>
        <translation>Zoeken &amp;afbreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the scan</source>
        <translation>Zoeken afbreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan progress</source>
        <translation>Voortgang van het zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files that could not be read</source>
        <translation>Bestanden die niet gelezen konden worden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing chosen yet.</source>
        <translation>Nog niets gekozen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} en nog %n</numerusform>
            <numerusform>{0} en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To scan: {0}</source>
        <translation>Te doorzoeken: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) compared</source>
        <translation>
            <numerusform>%n bestand vergeleken</numerusform>
            <numerusform>%n bestanden vergeleken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanning… {0} so far.</source>
        <translation>Bezig met zoeken… {0} tot nu toe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the scan…</source>
        <translation>Het zoeken wordt gestopt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan could not be finished.</source>
        <translation>Het zoeken kon niet worden afgemaakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was found: none of the {0} pictures and videos compared shows your pictures.</source>
        <translation>Er is niets gevonden: geen van de {0} vergeleken foto&apos;s en video&apos;s toont je foto&apos;s.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) show your pictures, out of {0} compared.</source>
        <translation>
            <numerusform>%n bestand toont je foto&apos;s, van de {0} vergeleken.</numerusform>
            <numerusform>%n bestanden tonen je foto&apos;s, van de {0} vergeleken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cancelled the scan. {0}</source>
        <translation>Je hebt het zoeken afgebroken. {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cancelled the scan. Nothing was found in the {0} files compared before that.</source>
        <translation>Je hebt het zoeken afgebroken. In de {0} bestanden die daarvoor vergeleken zijn, is niets gevonden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide the files that could not be read</source>
        <translation>Verberg de bestanden die niet gelezen konden worden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show the %n file(s) that could not be read</source>
        <translation>
            <numerusform>Toon %n bestand dat niet gelezen kon worden</numerusform>
            <numerusform>Toon de %n bestanden die niet gelezen konden worden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Looking at what you chose…</source>
        <translation>Bekijken wat je koos…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} of {1} files scanned</source>
        <translation>{0} van {1} bestanden doorzocht</translation>
    </message>
</context>
<context>
    <name>ScanWindow</name>
    <message>
        <location filename="../../app/gui/scanning/window.py" line="+81"/>
        <source>Look for copies of your pictures</source>
        <translation>Zoek naar kopieën van je foto&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder, some files or a zip export (from Slack, Discord, Telegram or WhatsApp). StillMine compares them with your fingerprints here on this computer and lists the files that show your pictures, even edited, cropped or inside a screenshot. Nothing is copied, unpacked to disk or sent.</source>
        <translation>Kies een map, een paar bestanden of een zip-export (van Slack, Discord, Telegram of WhatsApp). StillMine vergelijkt ze hier op deze computer met je vingerafdrukken en toont de bestanden met je foto&apos;s, ook bewerkt, bijgesneden of in een schermafbeelding. Er wordt niets gekopieerd, op schijf uitgepakt of verstuurd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your case has no pictures yet, so there is nothing to look for. Add the pictures you want to protect first.</source>
        <translation>Je dossier heeft nog geen foto&apos;s, dus er is niets om naar te zoeken. Voeg eerst de foto&apos;s toe die je wilt beschermen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>&amp;Record this file as a copy found</source>
        <translation>Dit bestand als gevonden kopie &amp;vastleggen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Record the chosen file as a copy found</source>
        <translation>Het gekozen bestand als gevonden kopie vastleggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone you trust can look for you, without ever seeing your pictures: give them a package of fingerprints, and import the report they send back.</source>
        <translation>Iemand die je vertrouwt kan voor je zoeken, zonder je foto&apos;s ooit te zien: geef die persoon een pakket met vingerafdrukken en lees het verslag in dat je terugkrijgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a package for a &amp;helper…</source>
        <translation>Een pakket voor een &amp;helper maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a package for a helper</source>
        <translation>Een pakket voor een helper maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a helper&apos;s report…</source>
        <translation>Het verslag van een helper &amp;inlezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a helper&apos;s match report</source>
        <translation>Het verslag van een helper inlezen</translation>
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
    <message>
        <location line="+40"/>
        <source>Recorded under “Copies found” in your case, with this file&apos;s fingerprint. Add the web address there when you know where it was online.</source>
        <translation>Vastgelegd onder “Gevonden kopieën” in je dossier, met de vingerafdruk van dit bestand. Vul daar het webadres in als je weet waar het online stond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file was already recorded as a copy found.</source>
        <translation>Dit bestand was al vastgelegd als gevonden kopie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded as a copy found</source>
        <translation>Vastgelegd als gevonden kopie</translation>
    </message>
</context>
<context>
    <name>ScreenshotsPanel</name>
    <message>
        <location filename="../../app/gui/evidence/screenshots.py" line="+79"/>
        <source>Screenshots are kept in your case, encrypted, and named by their fingerprint (SHA-256), which shows they were not changed later. StillMine never shows them. Take screenshots that show the web address, the date and the time.</source>
        <translation>Schermafbeeldingen worden versleuteld in je dossier bewaard, met hun vingerafdruk (SHA-256) als naam; die laat zien dat ze later niet zijn veranderd. StillMine laat ze nooit zien. Maak schermafbeeldingen waarop het webadres, de datum en de tijd staan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No screenshots yet.</source>
        <translation>Nog geen schermafbeeldingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add screenshots…</source>
        <translation>Schermafbeeldingen &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add screenshots</source>
        <translation>Schermafbeeldingen toevoegen</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/gui/scanning/share.py" line="-171"/>
        <source>&amp;Passphrase shared with the other person</source>
        <translation>&amp;Wachtzin die je deelt met de andere persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase shared with the other person</source>
        <translation>Wachtzin die je deelt met de andere persoon</translation>
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
</context>
<context>
    <name>SentStep</name>
    <message>
        <location filename="../../app/gui/letters/preview.py" line="+45"/>
        <source>Record that you sent it</source>
        <translation>Vastleggen dat je hem verstuurde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>StillMine keeps the exact text you sent, with its fingerprint (SHA-256), and works out when an answer is due. Nothing is sent.</source>
        <translation>StillMine bewaart de precieze tekst die je verstuurde, met de vingerafdruk (SHA-256), en berekent wanneer er een antwoord moet zijn. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>How you sent it</source>
        <translation>Hoe je hem verstuurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it went: the e-mail address, form or address</source>
        <translation>Waar hij heen ging: het e-mailadres, formulier of adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it went</source>
        <translation>Waar hij heen ging</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>When you sent it</source>
        <translation>Wanneer je hem verstuurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket or reference number (optional)</source>
        <translation>Ticket- of referentienummer (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket or reference number</source>
        <translation>Ticket- of referentienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can add it later, when they send you one.</source>
        <translation>Je kunt het later toevoegen, als je er een krijgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record it in my case</source>
        <translation>&amp;Vastleggen in mijn dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it in my case</source>
        <translation>Vastleggen in mijn dossier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Recorded in your case. Its fingerprint (SHA-256): {0}</source>
        <translation>Vastgelegd in je dossier. De vingerafdruk (SHA-256): {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An answer is due by {0}.</source>
        <translation>Er moet uiterlijk {0} een antwoord zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When they answer, open the letter from “Letters” in your case to record it.</source>
        <translation>Als ze antwoorden, open je de brief via “Brieven” in je dossier om het vast te leggen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="+184"/>
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
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation>Instellingen sluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and moving to another computer</source>
        <translation>Back-up en verhuizen naar een andere computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one encrypted file with your whole case. Keep it on a USB stick, away from this computer, to get your case back or to move it to a new computer.</source>
        <translation>Een back-up is één versleuteld bestand met je hele dossier. Bewaar het op een usb-stick, niet bij deze computer, om je dossier terug te krijgen of het naar een nieuwe computer te verhuizen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a &amp;backup / export the case…</source>
        <translation>Een &amp;back-up maken / het dossier exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup or export the case</source>
        <translation>Een back-up maken of het dossier exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Delete everything</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Deletes your case, its evidence and what this computer remembers of it. Registrations with StopNCII.org and other services are not withdrawn.</source>
        <translation>Verwijdert je dossier, het bewijs en wat deze computer ervan onthoudt. Aanmeldingen bij StopNCII.org en andere diensten worden niet ingetrokken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete &amp;everything…</source>
        <translation>&amp;Alles verwijderen…</translation>
    </message>
    <message>
        <location line="+39"/>
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
    <name>SightingWindow</name>
    <message>
        <location filename="../../app/gui/evidence/window.py" line="+309"/>
        <source>Where it is</source>
        <extracomment>How real a copy is, as the core records it. Advice shown before &quot;More advice&quot; (preserve first; do not contact the perpetrator). Pictures visible in the list before it scrolls.</extracomment>
        <translation>Waar het staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address (URL) of the page</source>
        <translation>Webadres (URL) van de pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address of the page</source>
        <translation>Webadres van de pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine does not know this site</source>
        <translation>StillMine kent deze site niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up &amp;host</source>
        <translation>&amp;Hostingprovider opzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up host</source>
        <translation>Hostingprovider opzoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the site&apos;s domain name and its internet address are sent, to a public directory (RDAP), and only when you press the button. Nothing else leaves your computer.</source>
        <translation>Alleen de domeinnaam en het internetadres van de site worden verstuurd, naar een openbaar register (RDAP), en alleen als je op de knop drukt. Verder verlaat niets je computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direct address of the picture or video (optional)</source>
        <translation>Direct adres van de foto of video (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct address of the picture or video</source>
        <translation>Direct adres van de foto of video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an archived copy (optional)</source>
        <translation>Adres van een gearchiveerde kopie (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an archived copy</source>
        <translation>Adres van een gearchiveerde kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you found it</source>
        <translation>Wanneer je het vond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and time zone</source>
        <translation>Datum, tijd en tijdzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time you found it</source>
        <translation>Datum en tijd waarop je het vond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone where you found it</source>
        <translation>Tijdzone waarin je het vond</translation>
    </message>
    <message>
        <location line="+465"/>
        <source>It starts at now, in this computer&apos;s time zone. Change it if you found the copy earlier or somewhere else.</source>
        <translation>Dit staat op nu, in de tijdzone van deze computer. Pas het aan als je de kopie eerder of ergens anders vond.</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>How you found it (optional): an alert, a friend, a search…</source>
        <translation>Hoe je het vond (optioneel): een melding, een vriend, een zoekopdracht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you found it</source>
        <translation>Hoe je het vond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshots</source>
        <translation>Schermafbeeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write a letter about it…</source>
        <translation>Er een brief over sch&amp;rijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter about this copy</source>
        <translation>Een brief schrijven over deze kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you report anything</source>
        <translation>Voordat je iets meldt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less advice</source>
        <translation>Minder advies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More advice</source>
        <translation>Meer advies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who shared it</source>
        <translation>Wie het deelde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy what the page shows, exactly. Everything here is optional. Do not contact this person.</source>
        <translation>Neem precies over wat de pagina laat zien. Alles hier is optioneel. Neem geen contact op met deze persoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their user name or handle</source>
        <translation>Hun gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their user ID (often a number)</source>
        <translation>Hun gebruikers-ID (vaak een nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they show</source>
        <translation>De naam die ze laten zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of their profile</source>
        <translation>Adres van hun profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their phone number or e-mail address</source>
        <translation>Hun telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For messages: the number or address it came from, not only the name in your contacts.</source>
        <translation>Bij berichten: het nummer of adres waar het vandaan kwam, niet alleen de naam in je contacten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it shows</source>
        <translation>Wat erop staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short description, without graphic detail</source>
        <translation>Een korte beschrijving, zonder expliciete details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description, without graphic detail</source>
        <translation>Beschrijving, zonder expliciete details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: “a photo of me in a bedroom, my face is visible”. Letters quote it, so keep it short and plain.</source>
        <translation>Bijvoorbeeld: “een foto van mij in een slaapkamer, mijn gezicht is te zien”. Brieven citeren dit, dus houd het kort en zakelijk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Is it a real picture?</source>
        <translation>Is het een echte foto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Which of your pictures it shows</source>
        <translation>Welke van je foto&apos;s erop staan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal information shown with it (optional)</source>
        <translation>Persoonsgegevens die erbij staan (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What makes you recognisable (optional)</source>
        <translation>Waaraan je herkenbaar bent (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats or demands you received (optional)</source>
        <translation>Dreigementen of eisen die je kreeg (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else about it (optional)</source>
        <translation>Verder nog iets (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (optional)</source>
        <translation> (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what was said and when. If money, pictures or anything else is demanded, send nothing; the police can help.</source>
        <translation>Schrijf op wat er werd gezegd en wanneer. Als er geld, foto&apos;s of iets anders wordt geëist: stuur niets; de politie kan helpen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I do not know</source>
        <translation>Ik weet het niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a real picture of me</source>
        <translation>Het is een echte foto van mij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with AI (a fake)</source>
        <translation>Het is gemaakt met AI (nep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a real picture, edited</source>
        <translation>Het is een echte foto, bewerkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you saw when you last looked</source>
        <translation>Wat je zag toen je laatst keek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+384"/>
        <source>Is it still online?</source>
        <translation>Staat het nog online?</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+1"/>
        <source>I checked it just now</source>
        <translation>Ik heb het net gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remind me to check again</source>
        <translation>Herinner me eraan opnieuw te kijken</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No reminder</source>
        <translation>Geen herinnering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies that were removed are sometimes uploaded again. StillMine reminds you in your case; it never checks the site itself.</source>
        <translation>Verwijderde kopieën worden soms opnieuw geüpload. StillMine herinnert je eraan in je dossier; het controleert de site nooit zelf.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paste the address from your browser&apos;s address bar, or use the site&apos;s “Copy link”.</source>
        <translation>Plak het adres uit de adresbalk van je browser, of gebruik “Link kopiëren” op de site.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a web address yet. Copy it from the browser&apos;s address bar (it starts with https://), or use the site&apos;s “Copy link”.</source>
        <translation>Dit is nog geen webadres. Kopieer het uit de adresbalk van de browser (het begint met https://), of gebruik “Link kopiëren” op de site.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recognised: {0} ({1}).</source>
        <translation>Herkend: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised: {0}.</source>
        <translation>Herkend: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A site StillMine does not know: {0}.</source>
        <translation>Een site die StillMine niet kent: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“https://” will be added at the start.</source>
        <translation>“https://” wordt aan het begin toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking parts will be left out: {0}.</source>
        <translation>Volgcodes worden weggelaten: {0}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking up who hosts {0}…</source>
        <translation>Opzoeken wie {0} host…</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+10"/>
        <source>Looked up on {0}.</source>
        <translation>Opgezocht op {0}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Some of it could not be found; you can try again later.</source>
        <translation>Een deel kon niet worden gevonden; je kunt het later opnieuw proberen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosting provider: {0}; abuse address: {1}</source>
        <translation>Hostingprovider: {0}; abuse-adres: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrar: {0}; abuse address: {1}</source>
        <translation>Registrar: {0}; abuse-adres: {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A copy showing someone under 18 (or when you are not sure of the age) is kept here, but never put in a letter. Report it to the police, to Take It Down or the CyberTipline (NCMEC); in the Netherlands, Helpwanted.nl can help.</source>
        <translation>Een kopie waarop iemand onder de 18 staat (of als je niet zeker bent van de leeftijd) wordt hier bewaard, maar komt nooit in een brief. Meld het bij de politie, bij Take It Down of de CyberTipline (NCMEC); in Nederland kan Helpwanted.nl helpen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the screenshots…</source>
        <translation>De schermafbeeldingen worden gecontroleerd…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked: {0}</source>
        <translation>Laatst gecontroleerd: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again: {0}</source>
        <translation>Opnieuw kijken: {0}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A copy you recorded</source>
        <translation>Een kopie die je vastlegde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record where you found a copy</source>
        <translation>Vastleggen waar je een kopie vond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found on {0}. Change anything that is not right, then save.</source>
        <translation>Gevonden op {0}. Pas aan wat niet klopt en bewaar het dan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading your case…</source>
        <translation>Je dossier wordt gelezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your time. Only the web address is needed; everything else helps your letters and a report to the police.</source>
        <translation>Neem je tijd. Alleen het webadres is nodig; al het andere helpt je brieven en een aangifte bij de politie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it was on the clock where you found it.</source>
        <translation>Zoals de klok aangaf waar je het vond.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save in my case</source>
        <translation>&amp;Bewaren in mijn dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick each one. Only their labels and fingerprints are ever used.</source>
        <translation>Vink ze allemaal aan. Alleen hun namen en vingerafdrukken worden ooit gebruikt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pictures you ticked when you recorded it.</source>
        <translation>De foto&apos;s die je aanvinkte toen je het vastlegde.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved in your case.</source>
        <translation>Bewaard in je dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in your case. You can write a letter about it now, or later from “Copies found”.</source>
        <translation>Bewaard in je dossier. Je kunt er nu een brief over schrijven, of later via “Gevonden kopieën”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n screenshot(s) kept, encrypted.</source>
        <translation>
            <numerusform>%n schermafbeelding versleuteld bewaard.</numerusform>
            <numerusform>%n schermafbeeldingen versleuteld bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” was not kept: {1}</source>
        <translation>“{0}” is niet bewaard: {1}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui/launch.py" line="+149"/>
        <source>{0} cannot start</source>
        <translation>{0} kan niet starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of {0}&apos;s own files are damaged or missing ({1}), so it cannot start. Nothing of your case has been touched. Please download {0} again and replace the old folder; keep your data folder.</source>
        <translation>Een deel van de eigen bestanden van {0} is beschadigd of ontbreekt ({1}), daarom kan het niet starten. Aan je dossier is niets veranderd. Download {0} opnieuw en vervang de oude map; bewaar je gegevensmap.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} cannot save your case</source>
        <translation>{0} kan je dossier niet opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot save anything in its folder:
{1}

The drive may be full, read-only or disconnected, or your account may not be allowed to write there. Free some space or use a drive you can write to, then start {0} again. Nothing has been changed.</source>
        <translation>{0} kan niets opslaan in zijn map:
{1}

De schijf is misschien vol, alleen-lezen of niet aangesloten, of je account mag daar niet schrijven. Maak ruimte vrij of gebruik een schijf waarop je kunt schrijven, en start {0} dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is already open</source>
        <translation>{0} is al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already open on this computer. Look for its window, or for its icon in the task bar. Only one copy can use your case at a time, so nothing gets lost.</source>
        <translation>{0} is al geopend op deze computer. Zoek het venster, of het pictogram in de taakbalk. Er kan maar één exemplaar tegelijk met je dossier werken, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some texts are in English</source>
        <translation>Sommige teksten zijn in het Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A translation file is missing ({1}), so {0} shows its texts in English. Everything else works. Download {0} again to repair this.</source>
        <translation>Er ontbreekt een vertaalbestand ({1}), daarom toont {0} zijn teksten in het Engels. Al het andere werkt. Download {0} opnieuw om dit te herstellen.</translation>
    </message>
</context>
<context>
    <name>StoredRow</name>
    <message>
        <location filename="../../app/gui/evidence/screenshots.py" line="-58"/>
        <source>no description</source>
        <translation>geen beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your case on {0}: {1}</source>
        <translation>Bewaard in je dossier op {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Vingerafdruk (SHA-256): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It shows no intimate image, so it may be printed in a police dossier.</source>
        <translation>Er staat geen intieme afbeelding op, dus hij mag worden afgedrukt in een dossier voor de politie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is never printed: a dossier lists it by its fingerprint only.</source>
        <translation>Hij wordt nooit afgedrukt: een dossier noemt alleen de vingerafdruk.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../app/gui/strength.py" line="-71"/>
        <source>Strength: too short (at least {0} characters)</source>
        <extracomment>The width of the strength bar.</extracomment>
        <translation>Sterkte: te kort (minstens {0} tekens)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
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
    <name>TypeStep</name>
    <message>
        <location filename="../../app/gui/letters/steps.py" line="+59"/>
        <source>What kind of letter?</source>
        <translation>Wat voor brief?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Each kind of letter relies on a different law or policy. The first ones do not depend on who took the picture. You can write more than one letter.</source>
        <translation>Elke soort brief steunt op een andere wet of regel. De eerste hangen niet af van wie de foto maakte. Je kunt meer dan één brief schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the letter in</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A DMCA notice (copyright) is not offered: it is only possible for a photo or video you took yourself, or whose copyright was given to you in writing.</source>
        <translation>Een DMCA-melding (auteursrecht) wordt niet aangeboden: die kan alleen voor een foto of video die je zelf maakte, of waarvan het auteursrecht schriftelijk aan jou is overgedragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before you choose a DMCA notice</source>
        <translation>Voordat je een DMCA-melding kiest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have read this and still want to write a DMCA notice</source>
        <translation>Ik heb dit gelezen en wil toch een DMCA-melding schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next: your answers</source>
        <translation>&amp;Volgende: je antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: your answers</source>
        <translation>Volgende: je antwoorden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file you take to the police yourself; never sent online.</source>
        <translation>Een dossier dat je zelf naar de politie brengt; wordt nooit online verstuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It goes to {0}, whoever you chose.</source>
        <translation>Deze gaat naar {0}, wie je ook koos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} takes this kind of letter.</source>
        <translation>{0} neemt dit soort brieven aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} may take this kind of letter (not confirmed).</source>
        <translation>{0} neemt dit soort brieven misschien aan (niet bevestigd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} does not list this kind of letter.</source>
        <translation>{0} noemt dit soort brieven niet.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="+147"/>
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
    <message>
        <location line="+1"/>
        <source>I&apos;m helping &amp;someone…</source>
        <translation>Ik help &amp;iemand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m helping someone</source>
        <translation>Ik help iemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for someone else&apos;s pictures with the package they sent you</source>
        <translation>Zoek naar de foto&apos;s van iemand anders met het pakket dat die persoon je stuurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case from a &amp;backup…</source>
        <translation>Een dossier openen uit een &amp;back-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a case from a backup</source>
        <translation>Een dossier openen uit een back-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in a case from a backup or export file, for example on a new computer</source>
        <translation>Haal een dossier binnen uit een back-up- of exportbestand, bijvoorbeeld op een nieuwe computer</translation>
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
        <location line="+2"/>
        <source>This is not a picture or video</source>
        <translation>Dit is geen foto of video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed while it was read</source>
        <translation>Het bestand veranderde tijdens het lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This zip archive was not opened</source>
        <translation>Dit zip-archief is niet geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file in the zip archive was not read</source>
        <translation>Een bestand in het zip-archief is niet gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is protected by a password</source>
        <translation>Dit bestand is beveiligd met een wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be read</source>
        <translation>Dit bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a longer passphrase</source>
        <translation>Kies een langere wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints file cannot be used</source>
        <translation>Het bestand met vingerafdrukken is niet bruikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report is for another case</source>
        <translation>Dit verslag hoort bij een ander dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address</source>
        <translation>Dit is geen webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screenshot was not added</source>
        <translation>Deze schermafbeelding is niet toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the date and time</source>
        <translation>Controleer de datum en tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host could not be looked up</source>
        <translation>De hostingprovider kon niet worden opgezocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter still needs something</source>
        <translation>De brief heeft nog iets nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DMCA notice is not possible here</source>
        <translation>Een DMCA-melding kan hier niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the DMCA warning first</source>
        <translation>Lees eerst de waarschuwing over DMCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter was not printed</source>
        <translation>De brief is niet afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is no longer in your case</source>
        <translation>Dit staat niet meer in je dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StillMine&apos;s letter files are damaged</source>
        <translation>De briefbestanden van StillMine zijn beschadigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine&apos;s list of sites is damaged</source>
        <translation>De lijst met sites van StillMine is beschadigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup file cannot be used</source>
        <translation>Dit back-upbestand is niet te gebruiken</translation>
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
        <location line="+6"/>
        <source>“{name}” was skipped: it is not a picture or video.</source>
        <translation>“{name}” is overgeslagen: het is geen foto of video.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” changed while it was being scanned (it may still be downloading or copying). Scan it again once it is complete.</source>
        <translation>“{name}” veranderde tijdens het zoeken (misschien wordt het nog gedownload of gekopieerd). Doorzoek het opnieuw als het compleet is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” was not opened: it is damaged, not a zip archive StillMine can read, or made to exhaust a computer (a zip bomb).</source>
        <translation>“{name}” is niet geopend: het is beschadigd, geen zip-archief dat StillMine kan lezen, of gemaakt om een computer vast te laten lopen (een zip-bom).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” inside the zip archive was not read: it is damaged or packed in a way StillMine does not read safely.</source>
        <translation>“{name}” in het zip-archief is niet gelezen: het is beschadigd of ingepakt op een manier die StillMine niet veilig leest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is protected by a password, and no password that opens it was given.</source>
        <translation>“{name}” is beveiligd met een wachtwoord, en er is geen wachtwoord gegeven dat het opent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged or incomplete, or it is not a StillMine helper package or match report. Ask for it to be sent again.</source>
        <translation>Het bestand is beschadigd of onvolledig, of het is geen helperspakket of verslag van StillMine. Vraag of het opnieuw gestuurd wordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passphrase of at least 10 characters, and share it another way than the file (for example by phone).</source>
        <translation>Kies een wachtzin van minstens 10 tekens, en deel die op een andere manier dan het bestand (bijvoorbeeld telefonisch).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fingerprints file is empty or damaged. Make it again with “stillmine fingerprint --json”.</source>
        <translation>Het bestand met vingerafdrukken is leeg of beschadigd. Maak het opnieuw met “stillmine fingerprint --json”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This match report answers a helper package that was not made from this case, so nothing was imported.</source>
        <translation>Dit verslag hoort bij een helperspakket dat niet uit dit dossier is gemaakt, dus er is niets ingelezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a web address. Copy the address from the browser&apos;s address bar (it starts with https://), or use the site&apos;s “Copy link”.</source>
        <translation>Dit is geen webadres. Kopieer het adres uit de adresbalk van de browser (het begint met https://), of gebruik “Link kopiëren” op de site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” was not added: it is not a picture, or it is larger than 50 MB. Attach a screenshot, such as a PNG or JPEG file.</source>
        <translation>“{name}” is niet toegevoegd: het is geen afbeelding, of het is groter dan 50 MB. Voeg een schermafbeelding toe, zoals een PNG- of JPEG-bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date and time cannot be right (it is in the future). Check them.</source>
        <translation>De datum en tijd kunnen niet kloppen (ze liggen in de toekomst). Controleer ze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public directory did not say who hosts this site. Check the internet connection and try again later, or use an RDAP or WHOIS website yourself.</source>
        <translation>Het openbare register zei niet wie deze site host. Controleer de internetverbinding en probeer het later opnieuw, of gebruik zelf een RDAP- of WHOIS-website.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter is not made yet: the checklist names what is still missing. Add it, then try again.</source>
        <translation>De brief is nog niet gemaakt: de lijst noemt wat er nog ontbreekt. Vul het aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A DMCA notice is only possible for a photo or video you took yourself, or whose copyright was given to you in writing.</source>
        <translation>Een DMCA-melding kan alleen voor een foto of video die je zelf maakte, of waarvan het auteursrecht schriftelijk aan jou is overgedragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the warning about DMCA notices and confirm it before you go on.</source>
        <translation>Lees de waarschuwing over DMCA-meldingen en bevestig die voordat je verdergaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer that works is set up on this computer. Save the letter as a PDF instead, and print it when a printer is available.</source>
        <translation>Er is op deze computer geen werkende printer ingesteld. Sla de brief op als pdf en druk hem af als er een printer is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It may have been deleted in another window. Nothing was changed.</source>
        <translation>Het is misschien in een ander venster verwijderd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine&apos;s letter files are missing or damaged. Install StillMine again to repair them.</source>
        <translation>De briefbestanden van StillMine ontbreken of zijn beschadigd. Installeer StillMine opnieuw om ze te herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StillMine&apos;s list of sites is missing or damaged. Install StillMine again to repair it.</source>
        <translation>De lijst met sites van StillMine ontbreekt of is beschadigd. Installeer StillMine opnieuw om hem te herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a complete StillMine backup: it may not have finished copying, or it was damaged or changed. Nothing on this computer was changed. Try copying the file again.</source>
        <translation>Dit bestand is geen volledige back-up van StillMine: misschien is het niet helemaal gekopieerd, of is het beschadigd of veranderd. Er is niets op deze computer veranderd. Kopieer het bestand nog een keer.</translation>
    </message>
    <message>
        <location line="+8"/>
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
