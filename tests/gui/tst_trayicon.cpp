// The tray icon's drawing (TrayIconPainter), its state (TrayIconState) and its tooltip
// (TrayToolTip), offscreen. With KW_TRAY_SNAPSHOT_DIR set, a contact sheet of every size and
// state on light and dark panels is written there to look at.
#include "flowcolours.h"
#include "freshnessindicator.h"
#include "powerformatter.h"
#include "thememanager.h"
#include "colourmatch.h"
#include "trayiconpainter.h"
#include "trayiconstate.h"
#include "traytooltip.h"

#include <QDir>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using kw::ConnectionState;
using kw::EnergySnapshot;
using kw::gui::FlowColours;
using kw::gui::PowerFormatter;
using kw::gui::PowerUnit;
using kw::gui::TrayIconPainter;
using kw::gui::TrayIconState;
using kw::gui::TrayToolTip;
using Battery = TrayIconState::Battery;
using Grid = TrayIconState::Grid;

namespace {

TrayIconState live(int soc, Battery battery, Grid grid)
{
    TrayIconState state;
    state.socPercent = soc;
    state.battery = battery;
    state.grid = grid;
    state.reachable = true;
    return state;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return kwtest::nearColour(a, b, tolerance);
}

// Equal sizes, every channel (alpha too) within `tolerance`: antialiasing may round a mirrored
// edge one step differently.
bool sameWithin(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            // Premultiplied, as stored: a faint edge pixel's colour is as uncertain as its alpha.
            const QRgb pa = qPremultiply(a.pixel(x, y));
            const QRgb pb = qPremultiply(b.pixel(x, y));
            if (std::abs(qRed(pa) - qRed(pb)) > tolerance || std::abs(qGreen(pa) - qGreen(pb)) > tolerance
                || std::abs(qBlue(pa) - qBlue(pb)) > tolerance || std::abs(qAlpha(pa) - qAlpha(pb)) > tolerance)
                return false;
        }
    }
    return true;
}

// Opaque pixels of `image` within `tolerance` of `colour`.
int countColour(const QImage &image, const QColor &colour, int tolerance = 6)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255 && near(pixel, colour, tolerance))
                ++count;
        }
    }
    return count;
}

EnergySnapshot sunnySnapshot()
{
    EnergySnapshot snapshot;
    snapshot.timestampMs = 1'782'036'000'000;
    snapshot.pvW = 5'204.4;
    snapshot.houseW = 1'096.0;
    snapshot.gridW = -2'503.0;
    snapshot.batteryW = 1'605.4;
    snapshot.socPercent = 77.6;
    snapshot.stateCode = 14;
    snapshot.stateText = u"CHARGE"_s;
    return snapshot;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void everySizeIsDrawnForItself()
    {
        const TrayIconPainter painter;
        const TrayIconState state = live(64, Battery::Charging, Grid::Exporting);
        const QIcon icon = painter.icon(state);
        QCOMPARE(TrayIconPainter::iconSizes(), (QList<int>{16, 20, 22, 24, 32, 40, 48, 64}));
        for (const int size : TrayIconPainter::iconSizes()) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            for (const int ratio : {1, 2}) {
                const QImage drawn = painter.image(state, size, ratio);
                QCOMPARE(drawn.size(), QSize(size * ratio, size * ratio));
                QCOMPARE(drawn.devicePixelRatio(), qreal(ratio));
                // The icon hands out exactly that drawing, not another size scaled.
                const QImage handed = icon.pixmap(QSize(size, size), qreal(ratio)).toImage()
                                          .convertToFormat(drawn.format());
                QCOMPARE(handed.size(), drawn.size());
                QVERIFY2(handed == drawn, qPrintable(u"%1 px @%2x"_s.arg(size).arg(ratio)));
            }
        }
        // Not one drawing scaled: 16 px and a 32 px drawing scaled down are different pictures.
        const QImage small = painter.image(state, 16);
        const QImage scaled = painter.image(state, 32).scaled(16, 16, Qt::IgnoreAspectRatio,
                                                                Qt::SmoothTransformation)
                                  .convertToFormat(small.format());
        QVERIFY(small != scaled);
    }

    // At 16 px the glyph is built from whole pixels: inside its box every pixel is exactly the
    // disc's colour or the glyph's, nothing in between (no blur).
    void smallGlyphIsPixelAligned()
    {
        const TrayIconPainter painter;
        for (const auto &state : {live(50, Battery::Charging, Grid::Importing),
                                  live(50, Battery::Discharging, Grid::Exporting),
                                  live(50, Battery::Idle, Grid::Balanced)}) {
            const QImage image = painter.image(state, 16);
            const QColor disc = painter.discColour(state);
            const QColor glyph = painter.glyphColour(state);
            int glyphPixels = 0;
            for (int y = 5; y < 11; ++y) {
                for (int x = 5; x < 11; ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    QVERIFY2(pixel == disc || pixel == glyph,
                             qPrintable(u"(%1,%2) %3"_s.arg(x).arg(y).arg(pixel.name())));
                    glyphPixels += pixel == glyph ? 1 : 0;
                }
            }
            QVERIFY(glyphPixels >= 6);
        }
    }

    void arrowsPointTheWayTheBatteryFlows()
    {
        const TrayIconPainter painter;
        TrayIconState charging = live(50, Battery::Charging, Grid::Importing);
        charging.socPercent.reset(); // an empty ring is symmetric: only the glyph differs
        TrayIconState discharging = charging;
        discharging.battery = Battery::Discharging;
        for (const int size : TrayIconPainter::iconSizes()) {
            const QImage up = painter.image(charging, size);
            const QImage down = painter.image(discharging, size);
            QVERIFY(up != down);
            QVERIFY2(sameWithin(down, up.mirrored(false, true), 3), qPrintable(QString::number(size)));
        }
        // Charging: the arrow's narrow tip is at the top.
        const QImage up = painter.image(charging, 16);
        const QColor glyph = painter.glyphColour(charging);
        int topRow = -1;
        for (int y = 0; y < 16 && topRow < 0; ++y) {
            for (int x = 0; x < 16; ++x) {
                if (up.pixelColor(x, y) == glyph) {
                    topRow = y;
                    break;
                }
            }
        }
        QVERIFY(topRow > 0);
        int tipWidth = 0;
        for (int x = 0; x < 16; ++x)
            tipWidth += up.pixelColor(x, topRow) == glyph ? 1 : 0;
        QCOMPARE(tipWidth, 2);
    }

    void greyWhenNotLive_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::newRow("unreachable") << false;
        QTest::newRow("paused") << true;
    }

    void greyWhenNotLive()
    {
        QFETCH(bool, paused);
        const TrayIconPainter painter;
        TrayIconState state = live(80, Battery::Charging, Grid::Exporting);
        const QImage colourful = painter.image(state, 32);
        state.reachable = paused;
        state.paused = paused;
        for (const int size : TrayIconPainter::iconSizes()) {
            const QImage image = painter.image(state, size);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    QVERIFY2(pixel.alpha() == 0 || pixel.hsvSaturation() < 12,
                             qPrintable(u"%1 px (%2,%3) %4"_s.arg(size).arg(x).arg(y).arg(pixel.name())));
                }
            }
        }
        const FlowColours colours = FlowColours::fromPalette(kw::gui::ThemeManager::lightPalette());
        QVERIFY(countColour(colourful, colours.battery) > 20);
        QVERIFY(countColour(colourful, colours.pv) > 20);
        QCOMPARE(countColour(painter.image(state, 32), colours.battery), 0);
        // Paused and unreachable are told apart by their sign.
        TrayIconState other = state;
        other.paused = !paused;
        other.reachable = !paused;
        QVERIFY(painter.image(other, 16) != painter.image(state, 16));
    }

    void gridColourTellsImportFromExport()
    {
        const TrayIconPainter painter;
        const FlowColours colours = FlowColours::fromPalette(kw::gui::ThemeManager::lightPalette());
        const TrayIconState importing = live(50, Battery::Idle, Grid::Importing);
        const TrayIconState exporting = live(50, Battery::Idle, Grid::Exporting);
        const TrayIconState outage = live(50, Battery::Discharging, Grid::Outage);
        QCOMPARE(painter.discColour(importing), colours.grid);
        QCOMPARE(painter.discColour(exporting), colours.pv);
        QCOMPARE(painter.discColour(outage), colours.outage);
        QVERIFY(painter.discColour(importing) != painter.discColour(exporting));
        for (const int size : TrayIconPainter::iconSizes()) {
            // A point of the disc that no glyph covers: just inside its top edge.
            const QImage in = painter.image(importing, size);
            const QImage out = painter.image(exporting, size);
            int y = 0;
            while (y < size && !near(in.pixelColor(size / 2, y), colours.grid, 2))
                ++y;
            QVERIFY2(y < size / 2, qPrintable(QString::number(size)));
            QVERIFY(near(out.pixelColor(size / 2, y), colours.pv, 2));
        }
    }

    void socRingGrowsWithSoc()
    {
        const TrayIconPainter painter;
        const FlowColours colours = FlowColours::fromPalette(kw::gui::ThemeManager::lightPalette());
        for (const int size : {16, 24, 64}) {
            QList<int> counts;
            for (const int soc : {0, 10, 25, 50, 75, 90, 100})
                counts.append(countColour(painter.image(live(soc, Battery::Idle, Grid::Balanced), size),
                                          colours.battery, 40));
            QCOMPARE(counts.first(), 0);
            for (qsizetype i = 1; i < counts.size(); ++i)
                QVERIFY2(counts.at(i) > counts.at(i - 1), qPrintable(u"%1 px: %2"_s.arg(size).arg(i)));
            if (size == 64) {
                // Area, not just order: half the SOC is about half the ring.
                const double half = double(counts.at(3)) / counts.last();
                QVERIFY2(half > 0.45 && half < 0.55, qPrintable(QString::number(half)));
            }
        }
        // The ring starts at 12 o'clock and runs clockwise: at 25 % the top right is green, the
        // top left is not.
        const QImage quarter = painter.image(live(25, Battery::Idle, Grid::Balanced), 64);
        QVERIFY(near(quarter.pixelColor(40, 3), colours.battery, 40));
        QVERIFY(!near(quarter.pixelColor(23, 3), colours.battery, 40));
    }

    void largeSizesWriteTheSoc()
    {
        const TrayIconPainter painter;
        // From 40 px two SOCs a ring cannot tell apart (57 and 58 %) differ in the disc.
        const auto disc = [&](int soc, int size) {
            const QImage image = painter.image(live(soc, Battery::Charging, Grid::Importing), size);
            const int inset = size / 3;
            return image.copy(inset, inset, size - 2 * inset, size - 2 * inset);
        };
        QVERIFY(disc(57, 64) != disc(58, 64));
        QVERIFY(disc(57, 40) != disc(58, 40));
        // Below it the disc carries only the arrow, the same for both.
        QCOMPARE(disc(57, 24), disc(58, 24));
        QCOMPARE(disc(57, 16), disc(58, 16));
    }

    void stateFromSnapshot()
    {
        EnergySnapshot snapshot = sunnySnapshot();
        TrayIconState state = TrayIconState::from(snapshot, ConnectionState::Online);
        QCOMPARE(state.socPercent, std::optional<int>(78));
        QCOMPARE(state.battery, Battery::Charging);
        QCOMPARE(state.grid, Grid::Exporting);
        QVERIFY(state.reachable);
        QVERIFY(!state.paused);

        snapshot.batteryW = -12.0; // a trickle is idle, not discharging
        snapshot.gridW = 800.0;
        state = TrayIconState::from(snapshot, ConnectionState::BackingOff);
        QCOMPARE(state.battery, Battery::Idle);
        QCOMPARE(state.grid, Grid::Importing);
        QVERIFY(state.reachable); // one missed poll does not turn the icon grey

        snapshot.gridOutage = true;
        QCOMPARE(TrayIconState::from(snapshot, ConnectionState::Online).grid, Grid::Outage);
        QVERIFY(!TrayIconState::from(snapshot, ConnectionState::Offline).reachable);
        QVERIFY(!TrayIconState::from(snapshot, ConnectionState::Idle).reachable);
        QVERIFY(!TrayIconState::from(snapshot, ConnectionState::CertificateChanged).reachable);
        QVERIFY(TrayIconState::from(snapshot, ConnectionState::Paused).paused);
        const TrayIconState none = TrayIconState::from(std::nullopt, ConnectionState::Connecting);
        QVERIFY(!none.reachable);
        QVERIFY(!none.socPercent);
        QCOMPARE(none.battery, Battery::Unknown);

        snapshot.socPercent = 104.0;
        QCOMPARE(TrayIconState::from(snapshot, ConnectionState::Online).socPercent, std::optional<int>(100));
    }

    void toolTipCarriesTheFigures()
    {
        const EnergySnapshot snapshot = sunnySnapshot();
        const QString text = TrayToolTip::text(snapshot, ConnectionState::Online, 12'400);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines, (QStringList{u"Kilowatch · battery 78 %"_s, u"CHARGE · updated 12 s ago"_s,
                                     u"PV 5.20 kW · house 1.10 kW"_s, u"Grid 2.50 kW export"_s,
                                     u"Battery 1.61 kW charging"_s}));
        // The figures are PowerFormatter's in one unit, as the flow diagram shows them.
        const PowerUnit unit = PowerFormatter::unitFor({*snapshot.pvW, *snapshot.houseW, *snapshot.gridW,
                                                        *snapshot.batteryW});
        QCOMPARE(TrayToolTip::unitFor(snapshot), unit);
        for (const double powerW : {*snapshot.pvW, *snapshot.houseW, *snapshot.gridW, *snapshot.batteryW})
            QVERIFY(text.contains(PowerFormatter::format(powerW, unit)));
        QVERIFY(text.size() <= TrayToolTip::WindowsMaxChars);
    }

    void toolTipUsesOneUnit()
    {
        EnergySnapshot snapshot = sunnySnapshot();
        snapshot.pvW = 420.0;
        snapshot.houseW = 380.0;
        snapshot.gridW = 12.0;
        snapshot.batteryW = -28.0;
        const QString watts = TrayToolTip::text(snapshot, ConnectionState::Online, 0);
        QVERIFY2(watts.contains(u"PV 420 W · house 380 W"_s), qPrintable(watts));
        QVERIFY(watts.contains(u"Grid 12 W import"_s));
        QVERIFY(watts.contains(u"Battery idle"_s));
        QVERIFY(watts.contains(u"updated just now"_s));
        snapshot.pvW = 1'000.0; // one value in kW puts them all in kW
        const QString kilowatts = TrayToolTip::text(snapshot, ConnectionState::Online, 0);
        QVERIFY2(kilowatts.contains(u"PV 1.00 kW · house 0.38 kW"_s), qPrintable(kilowatts));
        QVERIFY(kilowatts.contains(u"Grid 0.01 kW import"_s));
    }

    void toolTipSaysWhenDataIsNotLive()
    {
        const QString none = TrayToolTip::text(std::nullopt, ConnectionState::Connecting, -1);
        QCOMPARE(none, u"Kilowatch\n%1 · no data yet"_s.arg(kw::connectionStateText(ConnectionState::Connecting)));

        const EnergySnapshot snapshot = sunnySnapshot();
        const QString offline = TrayToolTip::text(snapshot, ConnectionState::Offline, 185'000);
        QVERIFY2(offline.contains(kw::connectionStateText(ConnectionState::Offline) + u" · last data 3 min ago"_s),
                 qPrintable(offline));
        QVERIFY(!offline.contains(u"CHARGE"_s)); // the device's state is as old as the figures
        QVERIFY(offline.contains(u"Grid 2.50 kW export"_s));
        const QString paused = TrayToolTip::text(snapshot, ConnectionState::Paused, 5'000);
        QVERIFY(paused.contains(kw::connectionStateText(ConnectionState::Paused) + u" · last data 5 s ago"_s));

        EnergySnapshot outage = snapshot;
        outage.gridOutage = true;
        QVERIFY(TrayToolTip::text(outage, ConnectionState::Online, 0).contains(u"Grid outage"_s));
        EnergySnapshot partial;
        partial.pvW = 100.0;
        const QString missing = TrayToolTip::text(partial, ConnectionState::Online, 0);
        QVERIFY2(missing.startsWith(u"Kilowatch\n"_s), qPrintable(missing));
        QVERIFY(missing.contains(u"house %1"_s.arg(PowerFormatter::missingText())));
    }

    void fittedCutsWholeLines()
    {
        EnergySnapshot snapshot = sunnySnapshot();
        snapshot.stateText = u"EXTREMELY LONG VENDOR STATE TEXT THAT GOES ON AND ON FOR A WHILE"_s;
        const QString text = TrayToolTip::text(snapshot, ConnectionState::Online, 3'000);
        QVERIFY(text.size() > TrayToolTip::WindowsMaxChars);
        const QString fitted = TrayToolTip::fitted(text, TrayToolTip::WindowsMaxChars);
        QVERIFY(fitted.size() <= TrayToolTip::WindowsMaxChars);
        QVERIFY(text.startsWith(fitted + u'\n'));
        QCOMPARE(TrayToolTip::fitted(u"short"_s, 127), u"short"_s);
        QCOMPARE(TrayToolTip::fitted(u"abcdef\nxy"_s, 4), u"abcd"_s);
    }

    // Every size and state side by side, at 1× and magnified ×4 (nearest neighbour, to see the
    // pixels), on a light and a dark panel.
    void contactSheet()
    {
        const TrayIconPainter painter;
        struct Row { QString name; TrayIconState state; };
        TrayIconState offline = live(64, Battery::Charging, Grid::Exporting);
        offline.reachable = false;
        TrayIconState paused = live(64, Battery::Charging, Grid::Exporting);
        paused.paused = true;
        const QList<Row> rows = {
            {u"charging, export, 64 %"_s, live(64, Battery::Charging, Grid::Exporting)},
            {u"discharging, import, 23 %"_s, live(23, Battery::Discharging, Grid::Importing)},
            {u"idle, balanced, 100 %"_s, live(100, Battery::Idle, Grid::Balanced)},
            {u"discharging, outage, 41 %"_s, live(41, Battery::Discharging, Grid::Outage)},
            {u"charging, import, 3 %"_s, live(3, Battery::Charging, Grid::Importing)},
            {u"unreachable (64 %)"_s, offline},
            {u"paused (64 %)"_s, paused},
            {u"no data"_s, TrayIconState{}},
        };
        const QList<int> sizes = TrayIconPainter::iconSizes();
        constexpr int Zoom = 4;
        constexpr int LabelWidth = 190;
        constexpr int Pad = 8;
        int rowWidth = LabelWidth;
        for (const int size : sizes)
            rowWidth += size + Pad;
        const int zoomedWidth = (16 + 24) * Zoom + 2 * Pad;
        const int width = 2 * (rowWidth + zoomedWidth + 2 * Pad);
        const int rowHeight = std::max(64, 24 * Zoom) + Pad;
        QImage sheet(width, rowHeight * int(rows.size()) + 2 * Pad, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        QPainter p(&sheet);
        const QList<std::pair<QColor, QColor>> panels = {{QColor(0xf2, 0xf2, 0xf2), QColor(0x20, 0x20, 0x20)},
                                                         {QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8)}};
        for (qsizetype panel = 0; panel < panels.size(); ++panel) {
            const int left = int(panel) * (width / 2);
            p.fillRect(QRect(left, 0, width / 2, sheet.height()), panels.at(panel).first);
            p.setPen(panels.at(panel).second);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const int top = Pad + int(r) * rowHeight;
                p.drawText(QRect(left + Pad, top, LabelWidth, 64), Qt::AlignVCenter, rows.at(r).name);
                int x = left + Pad + LabelWidth;
                for (const int size : sizes) {
                    p.drawImage(QPoint(x, top + (64 - size) / 2), painter.image(rows.at(r).state, size));
                    x += size + Pad;
                }
                for (const int size : {16, 24}) {
                    const QImage zoomed = painter.image(rows.at(r).state, size)
                                              .scaled(size * Zoom, size * Zoom, Qt::IgnoreAspectRatio,
                                                      Qt::FastTransformation);
                    p.drawImage(QPoint(x, top), zoomed);
                    x += size * Zoom + Pad;
                }
            }
        }
        p.end();
        QVERIFY(!sheet.isNull());
        const QString directory = qEnvironmentVariable("KW_TRAY_SNAPSHOT_DIR");
        if (!directory.isEmpty()) {
            QVERIFY(sheet.save(QDir(directory).filePath(u"tray-icon-contact-sheet.png"_s)));
            // And the 2× drawings, as a HiDPI tray gets them.
            QImage hidpi(rowWidth * 2, 64 * 2 + 2 * Pad, QImage::Format_ARGB32_Premultiplied);
            hidpi.fill(panels.at(1).first);
            QPainter q(&hidpi);
            int x = Pad;
            for (const int size : sizes) {
                QImage image = painter.image(rows.at(0).state, size, 2);
                image.setDevicePixelRatio(1.0);
                q.drawImage(QPoint(x, Pad), image);
                x += size * 2 + Pad;
            }
            q.end();
            QVERIFY(hidpi.save(QDir(directory).filePath(u"tray-icon-2x.png"_s)));
        }
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
