<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kw::app::ExportTask</name>
    <message numerus="yes">
        <location filename="../src/app/exporttask.cpp" line="+166"/>
        <source>Wrote %1: %2, %n row(s).</source>
        <translation>
            <numerusform>Wrote %1: %2, %n row.</numerusform>
            <numerusform>Wrote %1: %2, %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::gui::BatteryView</name>
    <message numerus="yes">
        <location filename="../src/gui/batteryview.cpp" line="+147"/>
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n cells</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::gui::LogView</name>
    <message numerus="yes">
        <location filename="../src/gui/logview.cpp" line="+390"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+221"/>
        <source>%n wallboxes</source>
        <translation>
            <numerusform>%n wallbox</numerusform>
            <numerusform>%n wallboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::gui::VarsView</name>
    <message numerus="yes">
        <location filename="../src/gui/varsview.cpp" line="+219"/>
        <source>%Ln variables</source>
        <translation>
            <numerusform>%Ln variable</numerusform>
            <numerusform>%Ln variables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::models::BatteryModulesModel</name>
    <message numerus="yes">
        <location filename="../src/models/batterymodulesmodel.cpp" line="+125"/>
        <source>balancing %n cells</source>
        <translation>
            <numerusform>balancing %n cell</numerusform>
            <numerusform>balancing %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::models::LiveValuesModel</name>
    <message numerus="yes">
        <location filename="../src/models/livevaluenodes.cpp" line="+168"/>
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
</context>
</TS>
