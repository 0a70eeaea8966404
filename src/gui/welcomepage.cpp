#include "welcomepage.h"

#include "flowcolours.h"
#include "flowglyphs.h"
#include "thememanager.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw::gui {
namespace {

using namespace Qt::StringLiterals;

constexpr int ColumnMaxWidth = 900;
constexpr int CardRadiusPx = 12;
constexpr int CardPaddingPx = 26;
constexpr int EmblemPx = 76;

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amountOfB),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amountOfB),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amountOfB));
}

// A rounded panel a shade off the window background, so the two choices read as objects rather
// than as a grey form. Painted (not a style sheet) so it follows palette changes by itself.
class WelcomeCard : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &p = palette();
        const bool dark = ThemeManager::isDark(p);
        const QColor window = p.color(QPalette::Window);
        const QColor fill = dark ? mix(window, p.color(QPalette::WindowText), 0.05)
                                 : mix(window, p.color(QPalette::Base), 0.85);
        const QColor border = mix(window, p.color(QPalette::WindowText), dark ? 0.14 : 0.12);
        painter.setPen(QPen(border, 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), CardRadiusPx,
                                CardRadiusPx);
    }
};

// The app's sign: the flow diagram's sun on a soft disc of its own colour.
class WelcomeEmblem : public QWidget
{
public:
    explicit WelcomeEmblem(QWidget *parent)
        : QWidget(parent)
    {
        setFixedSize(EmblemPx, EmblemPx);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const FlowColours colours = FlowColours::fromPalette(palette());
        QColor disc = colours.pv;
        disc.setAlphaF(colours.dark ? 0.16f : 0.14f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(disc);
        painter.drawEllipse(QRectF(rect()).adjusted(1, 1, -1, -1));
        const double glyph = EmblemPx * 0.62;
        FlowGlyphs::drawSun(painter,
                            QRectF((EmblemPx - glyph) / 2, (EmblemPx - glyph) / 2, glyph, glyph),
                            colours.pv);
    }
};

QFont scaledFont(const QFont &base, double factor, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

QLabel *wrappedLabel(QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(alignment);
    return label;
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

// A filled accent button; a style sheet with concrete colours, rebuilt on palette changes,
// because platform styles ignore a button's palette.
QString primaryButtonStyle(const QPalette &p, int verticalPaddingPx)
{
    const QColor accent = p.color(QPalette::Active, QPalette::Highlight);
    const QColor text = p.color(QPalette::Active, QPalette::HighlightedText);
    const bool dark = ThemeManager::isDark(p);
    const QColor hover = dark ? accent.lighter(112) : accent.darker(108);
    const QColor pressed = dark ? accent.lighter(125) : accent.darker(120);
    const QColor window = p.color(QPalette::Window);
    const QColor disabled = mix(window, p.color(QPalette::WindowText), dark ? 0.16 : 0.12);
    const QColor disabledText = mix(window, p.color(QPalette::WindowText), 0.45);
    const QColor focus = mix(accent, p.color(QPalette::WindowText), 0.3);
    return uR"(QPushButton { background-color: %1; color: %2; border: 2px solid %1;
                border-radius: 8px; padding: %8px 22px; }
              QPushButton:hover { background-color: %3; border-color: %3; }
              QPushButton:pressed { background-color: %4; border-color: %4; }
              QPushButton:focus { border-color: %7; }
              QPushButton:disabled { background-color: %5; border-color: %5; color: %6; })"_s
            .arg(accent.name(), text.name(), hover.name(), pressed.name(), disabled.name(),
                 disabledText.name(), focus.name(), QString::number(verticalPaddingPx));
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(wrappedLabel(this, Qt::AlignHCenter | Qt::AlignTop))
    , m_demoText(wrappedLabel(this))
    , m_deviceText(wrappedLabel(this))
    , m_footer(wrappedLabel(this, Qt::AlignHCenter | Qt::AlignTop))
    , m_demoButton(new QPushButton(this))
    , m_addressEdit(new QLineEdit(this))
    , m_schemeCombo(new QComboBox(this))
    , m_connectButton(new QPushButton(this))
    , m_messageLabel(wrappedLabel(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_title->setText(tr("Welcome to Kilowatch"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setFont(scaledFont(font(), 2.0, QFont::DemiBold));
    m_subtitle->setText(tr("See where your solar power goes: into the house, the battery or the "
                           "grid, live on your desktop. Start with the demo or connect your "
                           "own system."));
    m_subtitle->setFont(scaledFont(font(), 1.15, QFont::Normal));
    // About 75 characters a line: two balanced lines rather than one long and an orphan.
    m_subtitle->setFixedWidth(QFontMetrics(m_subtitle->font()).averageCharWidth() * 75);

    // The demo card.
    auto *demoCard = new WelcomeCard(this);
    auto *demoHeading = new QLabel(tr("Look around first"), demoCard);
    demoHeading->setFont(scaledFont(font(), 1.3, QFont::DemiBold));
    m_demoText->setParent(demoCard);
    m_demoText->setText(tr("A simulated SENEC.Home V3 with solar panels, a battery and a "
                           "household runs inside Kilowatch. Every view works; nothing leaves "
                           "this computer."));
    m_demoButton->setParent(demoCard);
    m_demoButton->setObjectName(u"demoButton"_s);
    m_demoButton->setText(tr("Try the demo device"));
    m_demoButton->setFont(scaledFont(font(), 1.15, QFont::DemiBold));
    m_demoButton->setCursor(Qt::PointingHandCursor);
    auto *demoLayout = new QVBoxLayout(demoCard);
    demoLayout->setContentsMargins(CardPaddingPx, CardPaddingPx, CardPaddingPx, CardPaddingPx);
    demoLayout->setSpacing(10);
    demoLayout->addWidget(demoHeading);
    demoLayout->addWidget(m_demoText);
    demoLayout->addStretch(1);
    demoLayout->addSpacing(8);
    demoLayout->addWidget(m_demoButton);

    // The device card.
    auto *deviceCard = new WelcomeCard(this);
    auto *deviceHeading = new QLabel(tr("Connect your device"), deviceCard);
    deviceHeading->setFont(scaledFont(font(), 1.3, QFont::DemiBold));
    m_deviceText->setParent(deviceCard);
    m_deviceText->setText(tr("Enter the address of your SENEC.Home V3 on your home network. "
                             "Your router's list of devices shows it."));
    m_addressEdit->setParent(deviceCard);
    m_addressEdit->setObjectName(u"addressEdit"_s);
    m_addressEdit->setPlaceholderText(tr("192.168.1.5 or senec.local"));
    m_addressEdit->setClearButtonEnabled(true);
    m_addressEdit->setMinimumHeight(m_addressEdit->sizeHint().height() + 6);
    m_schemeCombo->setParent(deviceCard);
    m_schemeCombo->setObjectName(u"schemeCombo"_s);
    m_schemeCombo->addItem(tr("Automatic (HTTPS, then HTTP)"), static_cast<int>(net::Scheme::Auto));
    m_schemeCombo->addItem(tr("HTTPS only"), static_cast<int>(net::Scheme::Https));
    m_schemeCombo->addItem(tr("HTTP only"), static_cast<int>(net::Scheme::Http));
    m_schemeCombo->setToolTip(tr("How to reach the device. Automatic suits every firmware."));
    m_connectButton->setParent(deviceCard);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setText(tr("Connect"));
    m_connectButton->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
    m_connectButton->setCursor(Qt::PointingHandCursor);
    m_messageLabel->setParent(deviceCard);
    m_messageLabel->setObjectName(u"addressMessageLabel"_s);
    auto *connectRow = new QHBoxLayout;
    connectRow->setSpacing(10);
    connectRow->addWidget(m_schemeCombo, 1);
    connectRow->addWidget(m_connectButton);
    auto *deviceLayout = new QVBoxLayout(deviceCard);
    deviceLayout->setContentsMargins(CardPaddingPx, CardPaddingPx, CardPaddingPx, CardPaddingPx);
    deviceLayout->setSpacing(10);
    deviceLayout->addWidget(deviceHeading);
    deviceLayout->addWidget(m_deviceText);
    deviceLayout->addSpacing(4);
    deviceLayout->addWidget(m_addressEdit);
    deviceLayout->addWidget(m_messageLabel);
    deviceLayout->addStretch(1);
    deviceLayout->addLayout(connectRow);

    m_footer->setText(tr("Kilowatch talks only to your device, on your own network. You can "
                         "change the device later under Settings."));

    auto *cards = new QHBoxLayout;
    cards->setSpacing(24);
    cards->addWidget(demoCard, 1);
    cards->addWidget(deviceCard, 1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(ColumnMaxWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(new WelcomeEmblem(column), 0, Qt::AlignHCenter);
    columnLayout->addSpacing(18);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(10);
    // Centred by stretches, not by an alignment flag: a layout item with an alignment gets its
    // size hint's height, which cuts a word-wrapped label short.
    auto *subtitleRow = new QHBoxLayout;
    subtitleRow->addStretch(1);
    subtitleRow->addWidget(m_subtitle);
    subtitleRow->addStretch(1);
    columnLayout->addLayout(subtitleRow);
    columnLayout->addSpacing(36);
    columnLayout->addLayout(cards);
    columnLayout->addSpacing(26);
    columnLayout->addWidget(m_footer);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 12);
    centre->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addStretch(2);
    outer->addLayout(centre);
    outer->addStretch(3);

    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePage::requestDevice);
    connect(m_addressEdit, &QLineEdit::returnPressed, this, &WelcomePage::requestDevice);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &WelcomePage::validate);

    setFocusProxy(m_demoButton);
    setTabOrder(m_demoButton, m_addressEdit);
    setTabOrder(m_addressEdit, m_schemeCombo);
    setTabOrder(m_schemeCombo, m_connectButton);
    validate();
    updateColours();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setAddress(const QString &address, net::Scheme scheme)
{
    m_schemeCombo->setCurrentIndex(std::max(m_schemeCombo->findData(static_cast<int>(scheme)), 0));
    m_addressEdit->setText(address);
    validate();
}

QString WelcomePage::address() const
{
    return m_addressEdit->text().trimmed();
}

net::Scheme WelcomePage::scheme() const
{
    return static_cast<net::Scheme>(m_schemeCombo->currentData().toInt());
}

void WelcomePage::showConnectError(const QString &message)
{
    showMessage(message, true);
}

void WelcomePage::validate()
{
    const QString text = address();
    m_problem.clear();
    if (text.isEmpty()) {
        m_problem = tr("Enter your device's address.");
        showMessage(tr("For example 192.168.1.5 or senec.local."), false);
    } else if (QString error; !net::DeviceAddress::parse(text, &error)) {
        m_problem = capitalised(error) + u'.';
        showMessage(m_problem, true);
    } else {
        showMessage(tr("Ready to connect."), false);
    }
    m_connectButton->setEnabled(m_problem.isEmpty());
    m_connectButton->setToolTip(m_problem);
}

void WelcomePage::requestDevice()
{
    validate();
    if (!m_problem.isEmpty()) {
        showMessage(m_problem, true);
        return;
    }
    Q_EMIT deviceRequested(address(), scheme());
}

void WelcomePage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageIsError = isError;
    updateColours();
}

void WelcomePage::updateColours()
{
    const QPalette &p = palette();
    const QColor secondary = ThemeManager::secondaryTextColour(p);
    for (QWidget *label : {static_cast<QWidget *>(m_subtitle), static_cast<QWidget *>(m_demoText),
                           static_cast<QWidget *>(m_deviceText), static_cast<QWidget *>(m_footer)})
        setTextColour(label, secondary);
    setTextColour(m_messageLabel, m_messageIsError ? ThemeManager::errorTextColour(p) : secondary);
    m_demoButton->setStyleSheet(primaryButtonStyle(p, 11));
    m_connectButton->setStyleSheet(primaryButtonStyle(p, 6));
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

} // namespace kw::gui
