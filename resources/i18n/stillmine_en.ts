<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BankStatusPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/bank_status.py" line="+121"/>
        <source>This time %n fingerprint(s) were sent.</source>
        <translation>
            <numerusform>This time %n fingerprint was sent.</numerusform>
            <numerusform>This time %n fingerprints were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n fingerprint(s) recognised by the bank.</source>
        <translation>
            <numerusform>%n fingerprint recognised by the bank.</numerusform>
            <numerusform>%n fingerprints recognised by the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fingerprint(s) stored, but not yet in the bank&apos;s list to match against. A bank updates that list about every minute: press “Check again” in a minute or two.</source>
        <translation>
            <numerusform>%n fingerprint stored, but not yet in the bank&apos;s list to match against. A bank updates that list about every minute: press “Check again” in a minute or two.</numerusform>
            <numerusform>%n fingerprints stored, but not yet in the bank&apos;s list to match against. A bank updates that list about every minute: press “Check again” in a minute or two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n fingerprint(s) may or may not have arrived. StillMine looks them up before sending them again, so nothing is sent twice.</source>
        <translation>
            <numerusform>%n fingerprint may or may not have arrived. StillMine looks it up before sending it again, so nothing is sent twice.</numerusform>
            <numerusform>%n fingerprints may or may not have arrived. StillMine looks them up before sending them again, so nothing is sent twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n fingerprint(s) refused by the bank.</source>
        <translation>
            <numerusform>%n fingerprint refused by the bank.</numerusform>
            <numerusform>%n fingerprints refused by the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fingerprint(s) not sent yet.</source>
        <translation>
            <numerusform>%n fingerprint not sent yet.</numerusform>
            <numerusform>%n fingerprints not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fingerprint(s) withdrawn from the bank.</source>
        <translation>
            <numerusform>%n fingerprint withdrawn from the bank.</numerusform>
            <numerusform>%n fingerprints withdrawn from the bank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <location filename="../../app/gui/letters/steps.py" line="+573"/>
        <source>%n thing(s) still missing. Add them above, then go on.</source>
        <translation>
            <numerusform>%n thing still missing. Add it above, then go on.</numerusform>
            <numerusform>%n things still missing. Add them above, then go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooserStep</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/chooser.py" line="+142"/>
        <source>%n of your pictures show someone under 18, or you are not sure: {0}. StillMine never shows them or makes previews of them, and keeps them away from StopNCII, hash banks and export files. These can help instead:</source>
        <translation>
            <numerusform>%n of your pictures shows someone under 18, or you are not sure: {0}. StillMine never shows it or makes a preview of it, and keeps it away from StopNCII, hash banks and export files. These can help instead:</numerusform>
            <numerusform>%n of your pictures show someone under 18, or you are not sure: {0}. StillMine never shows them or makes previews of them, and keeps them away from StopNCII, hash banks and export files. These can help instead:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard.py" line="+514"/>
        <source>%n picture(s) fingerprinted.</source>
        <translation>
            <numerusform>%n picture fingerprinted.</numerusform>
            <numerusform>%n pictures fingerprinted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n registration(s) with blocking services.</source>
        <translation>
            <numerusform>%n registration with blocking services.</numerusform>
            <numerusform>%n registrations with blocking services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n copies recorded, {0} of them still online.</source>
        <translation>
            <numerusform>%n copy recorded, {0} of them still online.</numerusform>
            <numerusform>%n copies recorded, {0} of them still online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStep</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/export.py" line="+126"/>
        <source>%n fingerprint(s) will be in the file.</source>
        <translation>
            <numerusform>%n fingerprint will be in the file.</numerusform>
            <numerusform>%n fingerprints will be in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Saved %n fingerprint(s) in “{0}”. Send it only to someone you trust.</source>
        <translation>
            <numerusform>Saved %n fingerprint in “{0}”. Send it only to someone you trust.</numerusform>
            <numerusform>Saved %n fingerprints in “{0}”. Send it only to someone you trust.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message numerus="yes">
        <location filename="../../app/gui/pages/fingerprinting.py" line="+161"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Stopped. What was done before you stopped is saved: %Ln picture(s) added to your case.</source>
        <translation>
            <numerusform>Stopped. What was done before you stopped is saved: %Ln picture added to your case.</numerusform>
            <numerusform>Stopped. What was done before you stopped is saved: %Ln pictures added to your case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Done. %Ln picture(s) added to your case.</source>
        <translation>
            <numerusform>Done. %Ln picture added to your case.</numerusform>
            <numerusform>Done. %Ln pictures added to your case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelperWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/scanning/helper_window.py" line="+217"/>
        <source>Opened “{0}”: the fingerprints of %n picture(s) and video(s).</source>
        <translation>
            <numerusform>Opened “{0}”: the fingerprints of %n picture or video.</numerusform>
            <numerusform>Opened “{0}”: the fingerprints of %n pictures and videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Saved “{0}” with %n match(es). Send it to the person you are helping; it opens with the same passphrase as their package.</source>
        <translation>
            <numerusform>Saved “{0}” with %n match. Send it to the person you are helping; it opens with the same passphrase as their package.</numerusform>
            <numerusform>Saved “{0}” with %n matches. Send it to the person you are helping; it opens with the same passphrase as their package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/scanning/share.py" line="+358"/>
        <source>%n new copy(ies) recorded under “Copies found”.</source>
        <translation>
            <numerusform>%n new copy recorded under “Copies found”.</numerusform>
            <numerusform>%n new copies recorded under “Copies found”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were already recorded, so they were skipped.</source>
        <translation>
            <numerusform>%n was already recorded, so it was skipped.</numerusform>
            <numerusform>%n were already recorded, so they were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n named pictures that are no longer in your case.</source>
        <translation>
            <numerusform>%n named a picture that is no longer in your case.</numerusform>
            <numerusform>%n named pictures that are no longer in your case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakePackageWindow</name>
    <message numerus="yes">
        <location line="-112"/>
        <source>Saved “{0}” with the fingerprints of %n picture(s) and video(s). Send it to your helper, and tell them the passphrase another way.</source>
        <translation>
            <numerusform>Saved “{0}” with the fingerprints of %n picture or video. Send it to your helper, and tell them the passphrase another way.</numerusform>
            <numerusform>Saved “{0}” with the fingerprints of %n pictures and videos. Send it to your helper, and tell them the passphrase another way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <location filename="../../app/gui/letters/preview.py" line="+564"/>
        <source>Saved as “{0}” (%n page(s)).</source>
        <translation>
            <numerusform>Saved as “{0}” (%n page).</numerusform>
            <numerusform>Saved as “{0}” (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n page(s) went to the printer.</source>
        <translation>
            <numerusform>%n page went to the printer.</numerusform>
            <numerusform>%n pages went to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordStep</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/handoff.py" line="+296"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/registering/detail.py" line="+344"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/scanning/panel.py" line="+158"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n other</numerusform>
            <numerusform>{0} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) compared</source>
        <translation>
            <numerusform>%n file compared</numerusform>
            <numerusform>%n files compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) show your pictures, out of {0} compared.</source>
        <translation>
            <numerusform>%n file shows your pictures, out of {0} compared.</numerusform>
            <numerusform>%n files show your pictures, out of {0} compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Show the %n file(s) that could not be read</source>
        <translation>
            <numerusform>Show the %n file that could not be read</numerusform>
            <numerusform>Show the %n files that could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SightingWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/evidence/window.py" line="+440"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+456"/>
        <source>%n screenshot(s) kept, encrypted.</source>
        <translation>
            <numerusform>%n screenshot kept, encrypted.</numerusform>
            <numerusform>%n screenshots kept, encrypted.</numerusform>
        </translation>
    </message>
</context>
</TS>
