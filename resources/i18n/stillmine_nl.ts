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
        <location filename="../../app/gui/pages/add_images.py" line="+68"/>
        <source>Add your pictures</source>
        <translation>Voeg je foto&apos;s toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the pictures you want to protect.</source>
        <translation>Kies de foto&apos;s die je wilt beschermen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StillMine reads your pictures where they are. It never copies, moves or changes them, and it does not show them here.</source>
        <translation>StillMine leest je foto&apos;s waar ze staan. Ze worden nooit gekopieerd, verplaatst of veranderd, en hier niet getoond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;pictures…</source>
        <translation>&amp;Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;folder…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder</source>
        <translation>Map toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drag pictures and folders into this window.</source>
        <translation>Of sleep foto&apos;s en mappen naar dit venster.</translation>
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
        <location filename="../../app/gui/controller.py" line="+194"/>
        <source>You opened your case with your recovery code. If you have forgotten your passphrase, choose a new one in Settings.</source>
        <extracomment>The longest a lock or exit waits for background work to stop (it normally takes &lt; 0.5 s).</extracomment>
        <translation>Je hebt je dossier geopend met je herstelcode. Ben je je wachtzin vergeten? Kies dan een nieuwe in Instellingen.</translation>
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
        <location filename="../../app/gui/dashboard.py" line="+274"/>
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
        <location line="+25"/>
        <source>Registrations</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Copies found</source>
        <translation>Gevonden kopieën</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+35"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location line="-31"/>
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
        <location line="+4"/>
        <source>Services that block your pictures using their fingerprints.</source>
        <translation>Diensten die je foto&apos;s blokkeren met hun vingerafdrukken.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Next check</source>
        <translation>Volgende controle</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
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
        <location line="+7"/>
        <source>• Check your registration with {0}.</source>
        <translation>• Controleer je aanmelding bij {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Check again whether the copy on {0} is still online.</source>
        <translation>• Controleer opnieuw of de kopie op {0} nog online staat.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="+41"/>
        <source>Choose pictures</source>
        <translation>Kies foto&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
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
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../app/gui/pages/recovery.py" line="+57"/>
        <location line="+9"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your case file is ready. One more important step.</source>
        <translation>Je dossier is klaar. Nog één belangrijke stap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this code is the only other way into your case. Nobody can look it up or send it to you again, not even StillMine&apos;s makers.</source>
        <translation>Als je je wachtzin ooit vergeet, is deze code de enige andere manier om in je dossier te komen. Niemand kan hem opzoeken of opnieuw naar je sturen, ook de makers van StillMine niet.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <translation>Ik heb hem &amp;opgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down</source>
        <translation>Ik heb hem opgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="+121"/>
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
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="+18"/>
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
        <location filename="../../app/gui/errors.py" line="+29"/>
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
        <location line="+7"/>
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
        <location filename="../../app/gui/pages/welcome.py" line="+56"/>
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
