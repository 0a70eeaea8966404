<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Kilowatch</source>
        <translation>Kilowatch</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trust the new certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Live values</source>
        <translation>Live-Werte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search by name, value or description…</source>
        <translation>Nach Name, Wert oder Beschreibung suchen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Variable monitor page</source>
        <translation>Variablen-Monitor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save charts as images, or the history, daily energies, battery cells or log as CSV</source>
        <translation>Diagramme als Bild speichern, oder Verlauf, Tagesenergien, Batteriezellen bzw. Protokoll als CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Log…</source>
        <translation>Protokoll &amp;speichern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the log shown in the Log view as the device sent it</source>
        <translation>Das in der Ansicht Protokoll gezeigte Protokoll so speichern, wie das Gerät es gesendet hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Battery</source>
        <translation>&amp;Batterie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Full Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Poll Now</source>
        <translation>Jetzt &amp;abfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device for fresh values now instead of at the next interval</source>
        <translation>Das Gerät jetzt nach neuen Werten fragen statt erst beim nächsten Intervall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ause Polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop asking the device until resumed; the last values stay shown</source>
        <translation>Das Gerät bis zur Fortsetzung nicht mehr abfragen; die letzten Werte bleiben sichtbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Read All Variables</source>
        <translation>Alle Variablen &amp;lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device once for every section (slow; spare a busy device)</source>
        <translation>Das Gerät einmal nach allen Bereichen fragen (langsam; ein ausgelastetes Gerät schonen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect to Device…</source>
        <translation>Mit Gerät &amp;verbinden …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watch the &amp;Demo Device</source>
        <translation>&amp;Demo-Gerät beobachten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Kilowatch</source>
        <translation>&amp;Über Kilowatch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Watch:</source>
        <translation>Beobachten:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My device</source>
        <translation>Mein Gerät</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo device (simulated on this computer)</source>
        <translation>Das Demo-Gerät (auf diesem Computer simuliert)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.1.5, senec.local or https://192.168.1.5:8443</source>
        <translation>192.168.1.5, senec.local oder https://192.168.1.5:8443</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Poll every:</source>
        <translation>Abfrage a&amp;lle:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shorter intervals load the device; 10 s is plenty for a dashboard.</source>
        <translation>Kürzere Abstände belasten das Gerät; 10 s genügen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the first HTTPS connection Kilowatch remembers the device&apos;s own certificate and from then on refuses any other, so nobody can pose as your device.</source>
        <translation>Bei der ersten HTTPS-Verbindung merkt sich Kilowatch das Zertifikat des Geräts und lehnt danach jedes andere ab, damit sich niemand als Ihr Gerät ausgeben kann.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forget the pinned certificate; the next connection asks again.</source>
        <translation>Das gespeicherte Zertifikat vergessen; die nächste Verbindung fragt erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget</source>
        <translation>V&amp;ergessen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Energy flow:</source>
        <translation>Energiefluss:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Animate the flow with moving dots</source>
        <translation>Fluss mit bewegten Punkten a&amp;nimieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top &amp;speed at:</source>
        <translation>&amp;Höchstgeschwindigkeit bei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots move faster with more power, up to this.</source>
        <translation>Die Punkte bewegen sich mit mehr Leistung schneller, bis zu diesem Wert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Tray and Alerts</source>
        <translation>&amp;Infobereich und Meldungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tray and alerts</source>
        <translation>Infobereich und Meldungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Closing the window keeps Kilowatch running in the tray</source>
        <translation>&amp;Schließen des Fensters lässt Kilowatch im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;minimised: only the tray icon</source>
        <translation>&amp;Minimiert starten: nur das Symbol im Infobereich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notify about:</source>
        <translation>Benachrichtigen bei:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
</context>
<context>
    <name>kw::ConnectionState</name>
    <message>
        <location filename="../src/core/poll/connectionstate.cpp" line="+24"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection problem, retrying</source>
        <translation>Verbindungsproblem, neuer Versuch läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate changed, waiting for confirmation</source>
        <translation>Zertifikat geändert, warte auf Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline, retrying</source>
        <translation>Offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>kw::DeviceInfo</name>
    <message>
        <location filename="../src/core/snapshot/deviceinfo.cpp" line="+14"/>
        <source>firmware %1</source>
        <translation>Firmware %1</translation>
    </message>
</context>
<context>
    <name>kw::DevicePoller</name>
    <message>
        <location filename="../src/core/poll/devicepoller.cpp" line="+176"/>
        <source>no changed certificate is waiting to be accepted</source>
        <translation>kein geändertes Zertifikat wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no device connection</source>
        <translation>keine Verbindung zum Gerät</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the device answered without live values (ENERGY missing or not found)</source>
        <translation>das Gerät antwortete ohne Live-Werte (ENERGY fehlt oder wurde nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>kw::Settings</name>
    <message>
        <location filename="../src/core/settings/settings.cpp" line="+131"/>
        <source>cannot write the settings file %1</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the settings file %1 is not readable; defaults are used</source>
        <translation>die Einstellungsdatei %1 ist nicht lesbar; es gelten die Voreinstellungen</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>SENEC.Home V3</source>
        <translation>SENEC.Home V3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enphase Envoy</source>
        <translation>Enphase Envoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GivEnergy (GivTCP)</source>
        <translation>GivEnergy (GivTCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SenerTec Dachs</source>
        <translation>SenerTec Dachs</translation>
    </message>
</context>
<context>
    <name>kw::alerts::AlertKind</name>
    <message>
        <location filename="../src/core/alerts/alertkind.cpp" line="+43"/>
        <source>Device unreachable, and back again</source>
        <translation>Gerät nicht erreichbar, und wieder da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device certificate changed</source>
        <translation>Gerätezertifikat geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery alarm or BMS error</source>
        <translation>Batteriealarm oder BMS-Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device reports an error state</source>
        <translation>Gerät meldet einen Fehlerzustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid outage, and grid back</source>
        <translation>Netzausfall, und Netz wieder da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery full</source>
        <translation>Batterie voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery empty</source>
        <translation>Batterie leer</translation>
    </message>
</context>
<context>
    <name>kw::alerts::Notifier</name>
    <message>
        <location filename="../src/core/alerts/notifier.cpp" line="+54"/>
        <source>The device</source>
        <translation>Das Gerät</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Device reachable again</source>
        <translation>Gerät wieder erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 answers again.</source>
        <translation>%1 antwortet wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device unreachable</source>
        <translation>Gerät nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has not answered several polls in a row. Kilowatch keeps trying.</source>
        <translation>%1 hat auf mehrere Abfragen nacheinander nicht geantwortet. Kilowatch versucht es weiter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Device certificate changed</source>
        <translation>Gerätezertifikat geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) presented a certificate other than the one you trusted. Polling stopped until you check and accept it.</source>
        <translation>%1 (%2) hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Die Abfrage ruht, bis Sie es prüfen und annehmen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Battery module %1 raises an alarm.</source>
        <translation>Batteriemodul %1 meldet einen Alarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery modules %1 raise alarms.</source>
        <translation>Die Batteriemodule %1 melden Alarme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device reports: %1.</source>
        <translation>Das Gerät meldet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery alarm</source>
        <translation>Batteriealarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device error</source>
        <translation>Gerätefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reports an error: %2.</source>
        <translation>%1 meldet einen Fehler: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid outage</source>
        <translation>Netzausfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public grid is down; %1 runs on backup power (%2).</source>
        <translation>Das öffentliche Netz ist ausgefallen; %1 läuft im Notstrombetrieb (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid is back</source>
        <translation>Netz wieder da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is connected to the public grid again.</source>
        <translation>%1 ist wieder mit dem öffentlichen Netz verbunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Battery full</source>
        <translation>Batterie voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is charged to %1 %.</source>
        <translation>Die Batterie ist zu %1 % geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery empty</source>
        <translation>Batterie leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is down to %1 %; the house draws from the grid.</source>
        <translation>Die Batterie ist auf %1 % gesunken; das Haus bezieht Strom aus dem Netz.</translation>
    </message>
</context>
<context>
    <name>kw::app::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+98"/>
        <source>bad device address &quot;%1&quot;: %2</source>
        <translation>ungültige Geräteadresse „%1“: %2</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>settings not saved: %1</source>
        <translation>Einstellungen nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>kw::app::AppOptions</name>
    <message>
        <location filename="../src/app/appoptions.cpp" line="+30"/>
        <source>Kilowatch: live view of a home solar and battery system (SENEC.Home).</source>
        <translation>Kilowatch: Live-Ansicht einer privaten Solar- und Batterieanlage (SENEC.Home).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a simulated SENEC.Home on loopback and show it.</source>
        <translation>Ein simuliertes SENEC.Home auf Loopback starten und anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the device at URL (e.g. 192.168.1.20).</source>
        <translation>Das Gerät unter URL beobachten (z. B. 192.168.1.20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between polls (at least 2; default 2 for the demo, 10 for a device).</source>
        <translation>Sekunden zwischen den Abfragen (mindestens 2; Vorgabe 2 für die Demo, 10 für ein Gerät).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned device certificates (default: trust.json in the app&apos;s data folder).</source>
        <translation>Gespeicherte Gerätezertifikate (Vorgabe: trust.json im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>History database to record into (default: history.sqlite in the app&apos;s data folder; the demo records into a throw-away file).</source>
        <translation>Verlaufsdatenbank für die Aufzeichnung (Vorgabe: history.sqlite im Datenordner der Anwendung; die Demo zeichnet in eine Wegwerfdatei auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the window as PNG once the first data is shown, then quit.</source>
        <translation>Das Fenster als PNG speichern, sobald die ersten Daten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view shown first (and grabbed by --screenshot): %1. With --export: what to export, %2 (default charts).</source>
        <translation>Die zuerst gezeigte Ansicht (und die von --screenshot aufgenommene): %1. Mit --export: was exportiert wird, %2 (Vorgabe charts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write FILE and quit, without showing the window: the power chart (--view charts) or the daily energies (--view energy) as .png, .svg or their data as .csv; the battery cells (--view battery) or today&apos;s device log (--view log) as .csv.</source>
        <translation>DATEI schreiben und beenden, ohne das Fenster zu zeigen: das Leistungsdiagramm (--view charts) oder die Tagesenergien (--view energy) als .png, .svg oder ihre Daten als .csv; die Batteriezellen (--view battery) oder das heutige Geräteprotokoll (--view log) als .csv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --export: the charts&apos; time range up to now, %1 (default 24h). Daily energies cover 7 days up to 7d, else 30.</source>
        <translation>Mit --export: der Zeitraum der Diagramme bis jetzt, %1 (Vorgabe 24h). Tagesenergien umfassen 7 Tage bis 7d, sonst 30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1280x800 (also for --screenshot); with --export the image size (default 1200x600).</source>
        <translation>Fenstergröße in Pixeln, z. B. 1280x800 (auch für --screenshot); mit --export die Bildgröße (Vorgabe 1200x600).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read and write the settings in this INI file instead of the user&apos;s settings.</source>
        <translation>Die Einstellungen in dieser INI-Datei lesen und schreiben statt in denen des Benutzers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo: simulated start time, ISO 8601 (default: now; without offset: UTC).</source>
        <translation>Demo: simulierte Startzeit, ISO 8601 (Vorgabe: jetzt; ohne Zeitzonenversatz: UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: simulated seconds per real second (default 1).</source>
        <translation>Demo: simulierte Sekunden pro echter Sekunde (Vorgabe 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The UI language for this run: en or de (default: the setting, else the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche für diesen Start: en oder de (Vorgabe: die Einstellung, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one: --demo or --device URL</source>
        <translation>nur eines von beiden: --demo oder --device URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--interval needs seconds from 2 to 3600, not &quot;%1&quot;</source>
        <translation>--interval erwartet Sekunden von 2 bis 3600, nicht „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose one: --export or --screenshot</source>
        <translation>nur eines von beiden: --export oder --screenshot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export needs --view %1, not &quot;%2&quot;</source>
        <translation>--export erwartet --view %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--range needs one of %1, not &quot;%2&quot;</source>
        <translation>--range erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--export of --view %1 writes %2 files, not &quot;%3&quot;</source>
        <translation>--export von --view %1 schreibt %2-Dateien, nicht „%3“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--range only applies to --export</source>
        <translation>--range gilt nur für --export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--view needs one of %1, not &quot;%2&quot;</source>
        <translation>--view erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size needs WIDTHxHEIGHT from 320x240 to 7680x4320, not &quot;%1&quot;</source>
        <translation>--size erwartet BREITExHÖHE von 320x240 bis 7680x4320, nicht „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--language needs en or de, not &quot;%1&quot;</source>
        <translation>--language erwartet en oder de, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--demo-start and --demo-speed only apply to --demo</source>
        <translation>--demo-start und --demo-speed gelten nur für --demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo-start needs an ISO 8601 time such as 2026-06-21T09:00:00Z, not &quot;%1&quot;</source>
        <translation>--demo-start erwartet eine Zeit nach ISO 8601 wie 2026-06-21T09:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--demo-speed needs a number above 0 and at most 10000, not &quot;%1&quot;</source>
        <translation>--demo-speed erwartet eine Zahl über 0 und höchstens 10000, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>kw::app::DemoDevice</name>
    <message>
        <location filename="../src/app/demodevice.cpp" line="+35"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>kw::app::DeviceSession</name>
    <message>
        <location filename="../src/app/devicesession.cpp" line="+53"/>
        <source>the demo device did not start: %1</source>
        <translation>das Demo-Gerät ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the demo device has an unusable address: %1</source>
        <translation>das Demo-Gerät hat eine unbrauchbare Adresse: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no device address</source>
        <translation>keine Geräteadresse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Demo device (%1)</source>
        <translation>Demo-Gerät (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>not recording history: %1</source>
        <translation>kein Verlauf wird aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>kw::app::ExportController</name>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="+94"/>
        <source>no recorded history</source>
        <translation>kein aufgezeichneter Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no battery reading yet</source>
        <translation>noch keine Batteriewerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device</source>
        <translation>kein Gerät</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Downloading the device log…</source>
        <translation>Geräteprotokoll wird heruntergeladen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The device log could not be downloaded: %1</source>
        <translation>Das Geräteprotokoll konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kw::app::ExportRun</name>
    <message>
        <location filename="../src/app/exportrun.cpp" line="+29"/>
        <source>no data to export within %1 s</source>
        <translation>keine Daten zum Exportieren innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no device to export from: use --demo or --device URL, or choose a device in the app first</source>
        <translation>kein Gerät zum Exportieren: --demo oder --device URL verwenden oder zuerst in der Anwendung ein Gerät wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no recorded history to export</source>
        <translation>kein aufgezeichneter Verlauf zum Exportieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this device offers no log</source>
        <translation>dieses Gerät bietet kein Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the device log could not be downloaded: %1</source>
        <translation>das Geräteprotokoll konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>kw::app::ExportTask</name>
    <message>
        <location filename="../src/app/exporttask.cpp" line="+69"/>
        <source>No recorded history to export: the history database is not open.</source>
        <translation>Kein aufgezeichneter Verlauf zum Exportieren: die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This export runs as a job.</source>
        <translation>Dieser Export läuft als Hintergrundauftrag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1: %2, %3×%4 px.</source>
        <translation>%1 geschrieben: %2, %3×%4 px.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1: %2, %n row(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %2, %n Zeile.</numerusform>
            <numerusform>%1 geschrieben: %2, %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::app::ScreenshotRun</name>
    <message>
        <location filename="../src/app/screenshotrun.cpp" line="+81"/>
        <source>no data within %1 s; saved the window as it was</source>
        <translation>keine Daten innerhalb von %1 s; das Fenster wurde so gespeichert, wie es war</translation>
    </message>
</context>
<context>
    <name>kw::app::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+101"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another Kilowatch is running but does not answer (%1)</source>
        <translation>ein anderes Kilowatch läuft, antwortet aber nicht (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another Kilowatch is running but does not answer</source>
        <translation>ein anderes Kilowatch läuft, antwortet aber nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another program answers on %1</source>
        <translation>ein anderes Programm antwortet auf %1</translation>
    </message>
</context>
<context>
    <name>kw::app::TrayController</name>
    <message>
        <location filename="../src/app/traycontroller.cpp" line="+72"/>
        <location line="+195"/>
        <source>Show Dashboard</source>
        <translation>Dashboard anzeigen</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no system tray: Kilowatch runs as a normal window, and closing it quits.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Kilowatch läuft als normales Fenster, und Schließen beendet es.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Kilowatch is still running</source>
        <translation>Kilowatch läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps watching your system from the tray. Click the icon to open the dashboard again; choose Quit in its menu to end Kilowatch.</source>
        <translation>Es beobachtet Ihre Anlage weiter aus dem Infobereich. Ein Klick auf das Symbol öffnet das Dashboard wieder; „Beenden“ in seinem Menü beendet Kilowatch.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Hide Dashboard</source>
        <translation>Dashboard ausblenden</translation>
    </message>
</context>
<context>
    <name>kw::exporting::ExportFile</name>
    <message>
        <location filename="../src/core/export/exportfile.cpp" line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kw::exporting::HistoryCsvExport</name>
    <message>
        <location filename="../src/core/export/historycsvexport.cpp" line="+78"/>
        <source>No recorded history to export (%1 does not exist).</source>
        <translation>Kein aufgezeichneter Verlauf zum Exportieren (%1 existiert nicht).</translation>
    </message>
</context>
<context>
    <name>kw::gui::BatteryView</name>
    <message>
        <location filename="../src/gui/batteryview.cpp" line="+73"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell voltages (mV)</source>
        <translation>Zellspannungen (mV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature sensors (°C)</source>
        <translation>Temperatursensoren (°C)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No battery data yet</source>
        <translation>Noch keine Batteriedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device reports no battery modules</source>
        <translation>Das Gerät meldet keine Batteriemodule</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n modules</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n cells</source>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean cell %1 mV</source>
        <translation>Zellmittel %1 mV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest cell delta %1 mV in %2</source>
        <translation>größte Zelldifferenz %1 mV in %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensors %1 °C</source>
        <translation>Sensoren %1 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensors %1–%2 °C</source>
        <translation>Sensoren %1–%2 °C</translation>
    </message>
</context>
<context>
    <name>kw::gui::CellHeatmapDelegate</name>
    <message>
        <location filename="../src/gui/cellheatmapdelegate.cpp" line="+112"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reading</source>
        <translation>Kein Messwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No valid reading: %1, received %2</source>
        <translation>Kein gültiger Messwert: %1, empfangen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid reading</source>
        <translation>Kein gültiger Messwert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As received: %1</source>
        <translation>Wie empfangen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received %2)</source>
        <translation>%1 (empfangen %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from the module mean of %2</source>
        <translation>%1 vom Modulmittel %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▼ lowest in %1</source>
        <translation>▼ niedrigster in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ highest in %1</source>
        <translation>▲ höchster in %1</translation>
    </message>
</context>
<context>
    <name>kw::gui::ChartImageRenderer</name>
    <message>
        <location filename="../src/gui/chartimagerenderer.cpp" line="+98"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily energy</source>
        <translation>Tagesenergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Exported by Kilowatch</source>
        <translation>Exportiert mit Kilowatch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>charts are saved as .png or .svg</source>
        <translation>Diagramme werden als .png oder .svg gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG encoding failed</source>
        <translation>PNG-Kodierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kw::gui::ChartRange</name>
    <message>
        <location filename="../src/gui/chartrange.cpp" line="+40"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 d</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
</context>
<context>
    <name>kw::gui::ChartsToolbar</name>
    <message>
        <location filename="../src/gui/chartstoolbar.cpp" line="+43"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the chosen range (double-click the chart or press Esc)</source>
        <translation>Zurück zum gewählten Zeitraum (Doppelklick ins Diagramm oder Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow new data as it is recorded</source>
        <translation>Neuen Daten folgen, sobald sie aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>kw::gui::ChartsView</name>
    <message>
        <location filename="../src/gui/chartsview.cpp" line="+110"/>
        <location line="+135"/>
        <source>No history available</source>
        <translation>Kein Verlauf verfügbar</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+135"/>
        <source>Charts need the recorded history, which is not open.</source>
        <translation>Die Diagramme brauchen den aufgezeichneten Verlauf, und der ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded history yet</source>
        <translation>Noch kein Verlauf aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charts fill in as soon as the first values from the device are recorded.</source>
        <translation>Die Diagramme füllen sich, sobald die ersten Werte des Geräts aufgezeichnet sind.</translation>
    </message>
</context>
<context>
    <name>kw::gui::DailyEnergyChart</name>
    <message>
        <location filename="../src/gui/dailyenergychart.cpp" line="+32"/>
        <source>PV produced</source>
        <translation>PV-Erzeugung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery discharge</source>
        <translation>Batterieentladung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House consumed</source>
        <translation>Hausverbrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid export</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Batterieladung</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>kWh: out below, in above</source>
        <translation>kWh: oben rein, unten raus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing recorded</source>
        <translation>Nichts aufgezeichnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Autarky</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-consumption</source>
        <translation>Eigenverbrauch</translation>
    </message>
</context>
<context>
    <name>kw::gui::EnergyFlowWidget</name>
    <message>
        <location filename="../src/gui/energyflowwidget.cpp" line="+51"/>
        <source>Energy flow</source>
        <translation>Energiefluss</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Solar %1, grid %2, battery %3, house %4</source>
        <translation>Solar %1, Netz %2, Batterie %3, Haus %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, wallbox %1</source>
        <translation>, Wallbox %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>import</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>idle</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>discharging</source>
        <translation>entlädt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>grid outage</source>
        <translation>Netzausfall</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallbox</source>
        <translation>Wallbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
</context>
<context>
    <name>kw::gui::ExportDialog</name>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="+35"/>
        <source>The power chart as the Charts view draws it, with a title naming the range and the device.</source>
        <translation>Das Leistungsdiagramm, wie die Ansicht Diagramme es zeichnet, mit einem Titel, der Zeitraum und Gerät nennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily energy bars (7 days up to a week&apos;s range, else 30 days), local days.</source>
        <translation>Die Balken der Tagesenergien (7 Tage bis zu einem Zeitraum von einer Woche, sonst 30 Tage), in Ortszeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every recorded sample in the range (minute means where raw samples were already pruned). Times in UTC, powers in W, &apos;.&apos; as decimal separator.</source>
        <translation>Jeder aufgezeichnete Messwert im Zeitraum (Minutenmittel, wo Rohwerte schon ausgedünnt sind). Zeiten in UTC, Leistungen in W, „.“ als Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energies per local day in Wh, with autarky and self-consumption; the time zone is named on every row.</source>
        <translation>Energien je Tag (Ortszeit) in Wh, mit Autarkie und Eigenverbrauch; jede Zeile nennt die Zeitzone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The battery modules and every cell&apos;s voltage and temperature sensor from the latest reading.</source>
        <translation>Die Batteriemodule und Spannung und Temperatursensoren jeder Zelle aus der letzten Messung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device log shown in the Log view (today&apos;s if none is shown): time (UTC), level, category, message.</source>
        <translation>Das in der Ansicht Protokoll gezeigte Geräteprotokoll (das heutige, wenn keines gezeigt wird): Zeit (UTC), Stufe, Kategorie, Meldung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As shown: %1 – %2</source>
        <translation>Wie angezeigt: %1 – %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>kw::gui::ExportRequest</name>
    <message>
        <location filename="../src/gui/exportrequest.cpp" line="+48"/>
        <source>Power chart (image)</source>
        <translation>Leistungsdiagramm (Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily energy chart (image)</source>
        <translation>Tagesenergie-Diagramm (Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart data (CSV)</source>
        <translation>Diagrammdaten (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily energies (CSV)</source>
        <translation>Tagesenergien (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery cells (CSV)</source>
        <translation>Batteriezellen (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device log (CSV)</source>
        <translation>Geräteprotokoll (CSV)</translation>
    </message>
</context>
<context>
    <name>kw::gui::FreshnessIndicator</name>
    <message>
        <location filename="../src/gui/freshnessindicator.cpp" line="+88"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data has arrived from the device yet.</source>
        <translation>Vom Gerät sind noch keine Daten eingetroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data is current.</source>
        <translation>Die Daten sind aktuell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last polls did not arrive; the values shown may be out of date.</source>
        <translation>Die letzten Abfragen sind nicht angekommen; die angezeigten Werte sind womöglich veraltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The values shown are out of date: the device has not answered for a while.</source>
        <translation>Die angezeigten Werte sind veraltet: das Gerät antwortet seit einer Weile nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last good data at %1.</source>
        <translation>Letzte gültige Daten um %1.</translation>
    </message>
</context>
<context>
    <name>kw::gui::HeatmapLegend</name>
    <message>
        <location filename="../src/gui/heatmaplegend.cpp" line="+30"/>
        <source>Cell colour: the reading&apos;s deviation from the mean of its module, blue below, orange above, at its fullest from %1 on. ▼ marks the module&apos;s lowest reading, ▲ its highest.</source>
        <translation>Zellfarbe: Abweichung des Messwerts vom Mittel seines Moduls, blau darunter, orange darüber, am kräftigsten ab %1. ▼ markiert den niedrigsten Wert des Moduls, ▲ den höchsten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>from the module mean</source>
        <translation>vom Modulmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest</source>
        <translation>niedrigster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>höchster</translation>
    </message>
</context>
<context>
    <name>kw::gui::LogDayPicker</name>
    <message>
        <location filename="../src/gui/logdaypicker.cpp" line="+31"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day of the log, in UTC (the device keeps one file per UTC day)</source>
        <translation>Der Tag des Protokolls, in UTC (das Gerät führt eine Datei je UTC-Tag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day (UTC):</source>
        <translation>&amp;Tag (UTC):</translation>
    </message>
</context>
<context>
    <name>kw::gui::LogFilterBar</name>
    <message>
        <location filename="../src/gui/logfilterbar.cpp" line="+31"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines without a level (file headers, system marks)</source>
        <translation>Zeilen ohne Stufe (Dateiköpfe, Systemmarken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one category only</source>
        <translation>Nur eine Kategorie zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search messages and categories</source>
        <translation>Meldungen und Kategorien durchsuchen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2</source>
        <comment>level name, line count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>kw::gui::LogView</name>
    <message>
        <location filename="../src/gui/logview.cpp" line="+78"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch this day&apos;s log again (%1)</source>
        <translation>Das Protokoll dieses Tages erneut abrufen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow today&apos;s log: fetch it again every half minute and add the new lines at the bottom</source>
        <translation>Dem heutigen Protokoll folgen: alle halbe Minute erneut abrufen und neue Zeilen unten anfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the log file exactly as the device sent it</source>
        <translation>Die Protokolldatei genau so speichern, wie das Gerät sie gesendet hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>No log on %1 (UTC).
The device keeps no log file for that day.</source>
        <translation>Kein Protokoll am %1 (UTC).
Das Gerät hat für diesen Tag keine Protokolldatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not fetch the log (%1).</source>
        <translation>Das Protokoll konnte nicht abgerufen werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the lines of %1 as fetched at %2.</source>
        <translation>Angezeigt werden die Zeilen vom %1, abgerufen um %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no log to save</source>
        <translation>es gibt kein Protokoll zum Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The log was not saved: %1</source>
        <translation>Das Protokoll wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Fetching the log of %1…</source>
        <translation>Protokoll vom %1 wird abgerufen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log loaded.</source>
        <translation>Kein Protokoll geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log of %1 is empty.</source>
        <translation>Das Protokoll vom %1 ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a day to see the device&apos;s log.</source>
        <translation>Einen Tag wählen, um das Protokoll des Geräts zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line matches the filters.</source>
        <translation>Keine Zeile passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fetch failed: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, fetched %2</source>
        <translation>%1, abgerufen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no log file</source>
        <translation>keine Protokolldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>following</source>
        <translation>wird verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No log loaded</source>
        <translation>Kein Protokoll geladen</translation>
    </message>
</context>
<context>
    <name>kw::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+132"/>
        <source>About Kilowatch</source>
        <translation>Über Kilowatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kilowatch %1&lt;/h3&gt;&lt;p&gt;A live dashboard for home solar and battery systems.&lt;/p&gt;&lt;p&gt;It polls the device on your network gently, keeps the history on your own disk and trusts only the certificate you pinned.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kilowatch %1&lt;/h3&gt;&lt;p&gt;Ein Live-Dashboard für private Solar- und Batterieanlagen.&lt;/p&gt;&lt;p&gt;Es fragt das Gerät in Ihrem Netzwerk schonend ab, speichert den Verlauf auf Ihrer eigenen Festplatte und vertraut nur dem Zertifikat, das Sie gespeichert haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Kilowatch — %1</source>
        <translation>Kilowatch – %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id %1</source>
        <translation>Geräte-ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery %1</source>
        <translation>Batterie %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n wallboxes</source>
        <translation>
            <numerusform>%n Wallbox</numerusform>
            <numerusform>%n Wallboxen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::gui::PowerChart</name>
    <message>
        <location filename="../src/gui/powerchart.cpp" line="+34"/>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>SOC</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import %1</source>
        <translation>Bezug %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export %1</source>
        <translation>Einspeisung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charging %1</source>
        <translation>Laden %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discharging %1</source>
        <translation>Entladen %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing recorded in this range</source>
        <translation>In diesem Zeitraum nichts aufgezeichnet</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power (W)</source>
        <translation>Leistung (W)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing recorded here</source>
        <translation>Hier nichts aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>kw::gui::PowerFormatter</name>
    <message>
        <location filename="../src/gui/powerformatter.cpp" line="+35"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&gt; 99 h</source>
        <translation>&gt; 99 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full in %1</source>
        <translation>voll in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty in %1</source>
        <translation>leer in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Wh</source>
        <translation>%1 Wh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>kw::gui::ScreenshotWriter</name>
    <message>
        <location filename="../src/gui/screenshotwriter.cpp" line="+22"/>
        <source>cannot write screenshot %1: %2</source>
        <translation>Bildschirmfoto %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kw::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+118"/>
        <source>%1 (not supported yet)</source>
        <translation>%1 (noch nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: HTTPS, falling back to HTTP</source>
        <translation>Automatisch: HTTPS, sonst HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS only</source>
        <translation>Nur HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP only (firmware before 0825)</source>
        <translation>Nur HTTP (Firmware vor 0825)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This desktop has no system tray: the window stays a normal window and notifications appear in its status bar.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: das Fenster bleibt ein normales Fenster, Benachrichtigungen erscheinen in seiner Statusleiste.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The address names the scheme.</source>
        <translation>Die Adresse nennt das Protokoll selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo device runs inside Kilowatch; no address is needed.</source>
        <translation>Das Demo-Gerät läuft in Kilowatch; eine Adresse ist nicht nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 devices are not supported yet.</source>
        <translation>%1-Geräte werden noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your device&apos;s address, for example 192.168.1.5.</source>
        <translation>Die Adresse Ihres Geräts eingeben, zum Beispiel 192.168.1.5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Will connect to %1, or to %2 if the device has no HTTPS.</source>
        <translation>Verbindet mit %1, oder mit %2, wenn das Gerät kein HTTPS hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will connect to %1.</source>
        <translation>Verbindet mit %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SHA-256 fingerprint of the pinned certificate.</source>
        <translation>SHA-256-Fingerabdruck des gespeicherten Zertifikats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint of the certificate pinned for %1.</source>
        <translation>SHA-256-Fingerabdruck des für %1 gespeicherten Zertifikats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None pinned</source>
        <translation>Keines gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten. The certificate the device presents on the next HTTPS connection will be pinned in its place.</source>
        <translation>Vergessen. Das Zertifikat, das das Gerät bei der nächsten HTTPS-Verbindung vorlegt, wird stattdessen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s certificate is pinned on the first HTTPS connection.</source>
        <translation>Das Zertifikat des Geräts wird bei der ersten HTTPS-Verbindung gespeichert.</translation>
    </message>
</context>
<context>
    <name>kw::gui::SnapshotSummaryLabel</name>
    <message>
        <location filename="../src/gui/snapshotsummarylabel.cpp" line="+33"/>
        <source>Waiting for the first data…</source>
        <translation>Warte auf die ersten Daten …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PV %1</source>
        <translation>PV %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House %1</source>
        <translation>Haus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid %1</source>
        <translation>Netz %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery %1</source>
        <translation>Batterie %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discharging</source>
        <translation>entlädt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC %1</source>
        <translation>Ladezustand %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State %1</source>
        <translation>Zustand %1</translation>
    </message>
</context>
<context>
    <name>kw::gui::TodayPanel</name>
    <message>
        <location filename="../src/gui/todaypanel.cpp" line="+35"/>
        <source>Device state</source>
        <translation>Gerätezustand</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Produced (PV)</source>
        <translation>Erzeugt (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed (house)</source>
        <translation>Verbraucht (Haus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought from the grid</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fed into the grid</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charged</source>
        <translation>Batterie geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery discharged</source>
        <translation>Batterie entladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autarky</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of today&apos;s consumption not bought from the grid.</source>
        <translation>Der Anteil des heutigen Verbrauchs, der nicht aus dem Netz bezogen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-consumption</source>
        <translation>Eigenverbrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of today&apos;s PV energy used on site instead of fed in.</source>
        <translation>Der Anteil der heutigen PV-Energie, der vor Ort verbraucht statt eingespeist wurde.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Device state %1</source>
        <translation>Gerätezustand %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid outage — %1</source>
        <translation>Netzausfall – %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+6"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not recording history, so there are no daily energies.</source>
        <translation>Es wird kein Verlauf aufgezeichnet, daher gibt es keine Tagesenergien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summed from the recorded history since local midnight.</source>
        <translation>Summiert aus dem aufgezeichneten Verlauf seit Mitternacht (Ortszeit).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kw::gui::TrayToolTip</name>
    <message>
        <location filename="../src/gui/traytooltip.cpp" line="+54"/>
        <source>Kilowatch</source>
        <translation>Kilowatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last data %1</source>
        <translation>letzte Daten %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PV %1</source>
        <translation>PV %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>house %1</source>
        <translation>Haus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid outage</source>
        <translation>Netzausfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Grid %1</source>
        <translation>Netz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid %1 import</source>
        <translation>Netz %1 Bezug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid %1 export</source>
        <translation>Netz %1 Einspeisung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Battery %1</source>
        <translation>Batterie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery idle</source>
        <translation>Batterie in Ruhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery %1 charging</source>
        <translation>Batterie %1 Laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battery %1 discharging</source>
        <translation>Batterie %1 Entladen</translation>
    </message>
</context>
<context>
    <name>kw::gui::VarsView</name>
    <message>
        <location filename="../src/gui/varsview.cpp" line="+50"/>
        <source>Search names and values</source>
        <translation>Namen und Werte durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one section only</source>
        <translation>Nur einen Bereich zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch the device&apos;s variable monitor page again (%1)</source>
        <translation>Den Variablen-Monitor des Geräts erneut abrufen (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not fetch the variable monitor page (%1).</source>
        <translation>Der Variablen-Monitor konnte nicht abgerufen werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the values as fetched at %1.</source>
        <translation>Angezeigt werden die Werte, abgerufen um %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All sections</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fetching the device&apos;s variable monitor page…</source>
        <translation>Variablen-Monitor des Geräts wird abgerufen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No variables loaded.</source>
        <translation>Keine Variablen geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variable monitor page lists no variables.</source>
        <translation>Der Variablen-Monitor führt keine Variablen auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh to read the device&apos;s variable monitor page.</source>
        <translation>Auf „Aktualisieren“ klicken, um den Variablen-Monitor des Geräts zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No variable matches the search.</source>
        <translation>Keine Variable passt zur Suche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 variables</source>
        <translation>%1 von %2 Variablen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln variables</source>
        <translation>
            <numerusform>%Ln Variable</numerusform>
            <numerusform>%Ln Variablen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fetch failed: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, fetched %2</source>
        <translation>%1, abgerufen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
</context>
<context>
    <name>kw::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/welcomepage.cpp" line="+157"/>
        <source>Welcome to Kilowatch</source>
        <translation>Willkommen bei Kilowatch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See where your solar power goes: into the house, the battery or the grid, live on your desktop. Start with the demo or connect your own system.</source>
        <translation>Sehen Sie, wohin Ihr Solarstrom fließt: ins Haus, in die Batterie oder ins Netz, live auf Ihrem Desktop. Starten Sie mit der Demo oder verbinden Sie Ihre eigene Anlage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look around first</source>
        <translation>Erst einmal umsehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simulated SENEC.Home V3 with solar panels, a battery and a household runs inside Kilowatch. Every view works; nothing leaves this computer.</source>
        <translation>Ein simuliertes SENEC.Home V3 mit Solarmodulen, Batterie und Haushalt läuft in Kilowatch. Jede Ansicht funktioniert; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the demo device</source>
        <translation>Demo-Gerät ausprobieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect your device</source>
        <translation>Eigenes Gerät verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address of your SENEC.Home V3 on your home network. Your router&apos;s list of devices shows it.</source>
        <translation>Geben Sie die Adresse Ihres SENEC.Home V3 im Heimnetz ein. Die Geräteliste Ihres Routers zeigt sie an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>192.168.1.5 or senec.local</source>
        <translation>192.168.1.5 oder senec.local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (HTTPS, then HTTP)</source>
        <translation>Automatisch (HTTPS, dann HTTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS only</source>
        <translation>Nur HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP only</source>
        <translation>Nur HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the device. Automatic suits every firmware.</source>
        <translation>Wie das Gerät erreicht wird. „Automatisch“ passt zu jeder Firmware.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kilowatch talks only to your device, on your own network. You can change the device later under Settings.</source>
        <translation>Kilowatch spricht nur mit Ihrem Gerät, in Ihrem eigenen Netzwerk. Das Gerät lässt sich später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Enter your device&apos;s address.</source>
        <translation>Geben Sie die Adresse Ihres Geräts ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example 192.168.1.5 or senec.local.</source>
        <translation>Zum Beispiel 192.168.1.5 oder senec.local.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to connect.</source>
        <translation>Bereit zum Verbinden.</translation>
    </message>
</context>
<context>
    <name>kw::history::HistorySchema</name>
    <message>
        <location filename="../src/core/history/historyschema.cpp" line="+57"/>
        <source>it is a directory</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the SQLite header is damaged</source>
        <translation>der SQLite-Dateikopf ist beschädigt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>it was written by a newer Kilowatch (schema version %1, this version knows up to %2)</source>
        <translation>sie wurde von einem neueren Kilowatch geschrieben (Schemaversion %1, diese Version kennt bis %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its history tables are missing or damaged</source>
        <translation>ihre Verlaufstabellen fehlen oder sind beschädigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+270"/>
        <source>it is an SQLite database of another application</source>
        <translation>es ist die SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>it changed while being opened</source>
        <translation>sie hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot upgrade it from schema version %1: %2</source>
        <translation>Aktualisierung von Schemaversion %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its schema version changed while being opened</source>
        <translation>ihre Schemaversion hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>kw::history::HistoryStore</name>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="+128"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>kw::history::HistoryWriter</name>
    <message>
        <location filename="../src/core/history/historywriter.cpp" line="+94"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing to the history database %1 failed (retrying in %2 s): %3</source>
        <translation>Schreiben in die Verlaufsdatenbank %1 fehlgeschlagen (neuer Versuch in %2 s): %3</translation>
    </message>
</context>
<context>
    <name>kw::models::BatteryCellTemperaturesModel</name>
    <message>
        <location filename="../src/models/batterycelltemperaturesmodel.cpp" line="+35"/>
        <source>Min temp.</source>
        <translation>Min. Temp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max temp.</source>
        <translation>Max. Temp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensor %1</source>
        <translation>Sensor %1</translation>
    </message>
</context>
<context>
    <name>kw::models::BatteryGridModel</name>
    <message>
        <location filename="../src/models/batterygridmodel.cpp" line="+137"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kw::models::BatteryModulesModel</name>
    <message>
        <location filename="../src/models/batterymodulesmodel.cpp" line="+105"/>
        <source>Alarm %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Charging</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharging</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Ruhe</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>balancing %n cells</source>
        <translation>
            <numerusform>gleicht %n Zelle aus</numerusform>
            <numerusform>gleicht %n Zellen aus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOC</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOH</source>
        <translation>SOH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min cell</source>
        <translation>Min. Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max cell</source>
        <translation>Max. Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell delta</source>
        <translation>Zelldifferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min temp.</source>
        <translation>Min. Temp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max temp.</source>
        <translation>Max. Temp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cell %1</source>
        <translation>Zelle %1</translation>
    </message>
</context>
<context>
    <name>kw::models::LiveValueFormatter</name>
    <message>
        <location filename="../src/models/livevalueformatter.cpp" line="+121"/>
        <source>unknown code %1</source>
        <translation>unbekannter Code %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[variable not found]</source>
        <translation>[Variable nicht gefunden]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[forbidden]</source>
        <translation>[nicht erlaubt]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>[malformed]</source>
        <translation>[fehlerhaft]</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[device error]</source>
        <translation>[Gerätefehler]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[unknown type]</source>
        <translation>[unbekannter Typ]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[not a number]</source>
        <translation>[keine Zahl]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[+infinity]</source>
        <translation>[+unendlich]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[−infinity]</source>
        <translation>[−unendlich]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not in the catalogue (array)</source>
        <translation>Nicht im Katalog (Feld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in the catalogue</source>
        <translation>Nicht im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the catalogue; array of %1</source>
        <translation>Nicht im Katalog; Feld aus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the catalogue; type %1</source>
        <translation>Nicht im Katalog; Typ %1</translation>
    </message>
</context>
<context>
    <name>kw::models::LiveValuesModel</name>
    <message numerus="yes">
        <location filename="../src/models/livevaluenodes.cpp" line="+168"/>
        <source>%n values</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>[object not found]</source>
        <translation>[Objekt nicht gefunden]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[malformed]</source>
        <translation>[fehlerhaft]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[no variables]</source>
        <translation>[keine Variablen]</translation>
    </message>
    <message>
        <location filename="../src/models/livevaluesmodel.cpp" line="+449"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>kw::models::LogModel</name>
    <message>
        <location filename="../src/models/logmodel.cpp" line="+214"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>kw::models::VarsModel</name>
    <message>
        <location filename="../src/models/varsmodel.cpp" line="+154"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>32-bit float</source>
        <translation>32-Bit-Gleitkommazahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned 8-bit integer</source>
        <translation>vorzeichenlose 8-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned 16-bit integer</source>
        <translation>vorzeichenlose 16-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned 32-bit integer</source>
        <translation>vorzeichenlose 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned 64-bit integer</source>
        <translation>vorzeichenlose 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed 8-bit integer</source>
        <translation>vorzeichenbehaftete 8-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed 16-bit integer</source>
        <translation>vorzeichenbehaftete 16-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed 32-bit integer</source>
        <translation>vorzeichenbehaftete 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed 64-bit integer</source>
        <translation>vorzeichenbehaftete 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>kw::net::CertificateMismatch</name>
    <message>
        <location filename="../src/core/net/certificatemismatch.cpp" line="+11"/>
        <source>certificate of %1 changed: pinned SHA-256 %2, presented SHA-256 %3</source>
        <translation>Zertifikat von %1 geändert: gespeichert SHA-256 %2, vorgelegt SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>kw::net::CertificateTrustStore</name>
    <message>
        <location filename="../src/core/net/certificatetruststore.cpp" line="+48"/>
        <source>cannot read trust file %1: %2</source>
        <translation>Vertrauensdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trust file %1 is not valid JSON: %2</source>
        <translation>Vertrauensdatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no certificate to pin for %1</source>
        <translation>kein Zertifikat zum Speichern für %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write trust file %1: %2</source>
        <translation>Vertrauensdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kw::net::DeviceAddress</name>
    <message>
        <location filename="../src/core/net/deviceaddress.cpp" line="+45"/>
        <source>no device address given</source>
        <translation>keine Geräteadresse angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsupported scheme &quot;%1&quot; (use http or https)</source>
        <translation>nicht unterstütztes Schema „%1“ (http oder https verwenden)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a device address (expected host, host:port or http(s)://host[:port])</source>
        <translation>„%1“ ist keine Geräteadresse (erwartet: host, host:port oder http(s)://host[:port])</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: give only the device&apos;s host and port, no path, query or user</source>
        <translation>„%1“: nur Host und Port des Geräts angeben, ohne Pfad, Abfrage oder Benutzer</translation>
    </message>
</context>
<context>
    <name>kw::net::DeviceTransport</name>
    <message>
        <location filename="../src/core/net/devicetransport.cpp" line="+25"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response larger than %1</source>
        <translation>Antwort größer als %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+8"/>
        <location line="+340"/>
        <location line="+4"/>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>device busy: %1 requests already waiting</source>
        <translation>Gerät ausgelastet: %1 Anfragen warten bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device address</source>
        <translation>keine Geräteadresse</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection closed after %1 bytes</source>
        <translation>Verbindung nach %1 Byte geschlossen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no changed certificate waiting to be accepted</source>
        <translation>kein geändertes Zertifikat wartet auf Bestätigung</translation>
    </message>
</context>
<context>
    <name>kw::senec::SenecExchange</name>
    <message>
        <location filename="../src/core/senec/senecexchange.cpp" line="+40"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>invalid answer from the device (not lala.cgi JSON): %1</source>
        <translation>ungültige Antwort des Geräts (kein lala.cgi-JSON): %1</translation>
    </message>
</context>
<context>
    <name>kw::senec::SenecLogDownloader</name>
    <message>
        <location filename="../src/core/senec/seneclogdownloader.cpp" line="+47"/>
        <source>no device connection</source>
        <translation>keine Verbindung zum Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid date</source>
        <translation>ungültiges Datum</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>log %1: %2</source>
        <translation>Protokoll %1: %2</translation>
    </message>
</context>
<context>
    <name>kw::senec::SenecStateTexts</name>
    <message>
        <location filename="../src/core/senec/senecstatetexts.cpp" line="+37"/>
        <source>Unknown state %1</source>
        <translation>Unbekannter Zustand %1</translation>
    </message>
</context>
<context>
    <name>kw::senec::SenecVarsDownloader</name>
    <message>
        <location filename="../src/core/senec/senecvarsdownloader.cpp" line="+45"/>
        <source>no device connection</source>
        <translation>keine Verbindung zum Gerät</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the device has no variable monitor page (tried %1)</source>
        <translation>das Gerät hat keinen Variablen-Monitor (versucht: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variable monitor: %1</source>
        <translation>Variablen-Monitor: %1</translation>
    </message>
</context>
<context>
    <name>kw::senec::SenecVarsParser</name>
    <message>
        <location filename="../src/core/senec/senecvarsparser.cpp" line="+184"/>
        <source>the page holds no variable table</source>
        <translation>die Seite enthält keine Variablentabelle</translation>
    </message>
</context>
</TS>
