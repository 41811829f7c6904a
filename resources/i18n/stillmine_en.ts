<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard.py" line="+473"/>
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
</TS>
