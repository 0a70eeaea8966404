#include "exportdialog.h"

#include "thememanager.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

const QList<ChartRangePreset> RangePresets{ChartRangePreset::Hour, ChartRangePreset::SixHours,
                                           ChartRangePreset::Day, ChartRangePreset::Week,
                                           ChartRangePreset::Month};

QString describe(const ExportRequest &request)
{
    switch (request.kind) {
    case ExportKind::PowerChartImage:
        return ExportDialog::tr("The power chart as the Charts view draws it, with a title naming "
                                "the range and the device.");
    case ExportKind::DailyEnergyChartImage:
        return ExportDialog::tr("The daily energy bars (7 days up to a week's range, else 30 days), "
                                "local days.");
    case ExportKind::ChartDataCsv:
        return ExportDialog::tr("Every recorded sample in the range (minute means where raw samples "
                                "were already pruned). Times in UTC, powers in W, '.' as decimal "
                                "separator.");
    case ExportKind::DailyEnergyCsv:
        return ExportDialog::tr("Energies per local day in Wh, with autarky and self-consumption; "
                                "the time zone is named on every row.");
    case ExportKind::BatteryCellsCsv:
        return ExportDialog::tr("The battery modules and every cell's voltage and temperature "
                                "sensor from the latest reading.");
    case ExportKind::LogCsv:
        return ExportDialog::tr("The device log shown in the Log view (today's if none is shown): "
                                "time (UTC), level, category, message.");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QButtonGroup(this))
    , m_range(new QComboBox)
    , m_format(new QComboBox)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_description(new QLabel)
{
    setWindowTitle(tr("Export"));
    auto *whatBox = new QGroupBox(tr("What"));
    auto *whatLayout = new QGridLayout(whatBox);
    int row = 0;
    for (const ExportKind kind : ExportRequest::allKinds()) {
        auto *button = new QRadioButton(ExportRequest::kindLabel(kind));
        auto *reason = new QLabel;
        QPalette quiet = reason->palette();
        quiet.setColor(QPalette::WindowText, ThemeManager::secondaryTextColour(palette()));
        reason->setPalette(quiet);
        m_kinds->addButton(button, int(kind));
        m_kindButtons.insert(kind, button);
        m_reasons.insert(kind, reason);
        whatLayout->addWidget(button, row, 0);
        whatLayout->addWidget(reason, row, 1);
        ++row;
    }
    whatLayout->setColumnStretch(1, 1);

    for (const ChartRangePreset preset : RangePresets)
        m_range->addItem(ChartRange::presetLabel(preset), int(preset));
    m_format->addItem(tr("PNG image"), int(ChartImageRenderer::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ChartImageRenderer::Format::Svg));
    for (QSpinBox *box : {m_width, m_height})
        box->setSuffix(tr(" px"));
    m_width->setRange(ChartImageRenderer::MinimumSize.width(), ChartImageRenderer::MaximumSize.width());
    m_height->setRange(ChartImageRenderer::MinimumSize.height(), ChartImageRenderer::MaximumSize.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_s));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Range:"), m_range);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Image size:"), sizeRow);

    m_description->setWordWrap(true);
    m_description->setMinimumWidth(380);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whatBox);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateFields();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    setRequest(ExportRequest{});
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    if (QRadioButton *button = m_kindButtons.value(request.kind); button && button->isEnabled())
        button->setChecked(true);
    else if (!m_kinds->checkedButton())
        m_kindButtons.first()->setChecked(true);
    // A zoomed or custom range on screen is offered as it is, besides the presets.
    const int customIndex = m_range->findData(int(ChartRangePreset::Custom));
    if (customIndex >= 0)
        m_range->removeItem(customIndex);
    m_customRange = request.customRange;
    if (request.range == ChartRangePreset::Custom && request.customRange.isValid()) {
        const QLocale locale;
        m_range->addItem(tr("As shown: %1 – %2")
                             .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_customRange.fromMs), QLocale::ShortFormat),
                                  locale.toString(QDateTime::fromMSecsSinceEpoch(m_customRange.toMs), QLocale::ShortFormat)),
                         int(ChartRangePreset::Custom));
    }
    const int rangeIndex = m_range->findData(int(request.range));
    m_range->setCurrentIndex(rangeIndex >= 0 ? rangeIndex : m_range->findData(int(ChartRangePreset::Day)));
    m_format->setCurrentIndex(m_format->findData(int(request.imageFormat)));
    const QSize size = ChartImageRenderer::clampedSize(request.imageSize);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    updateFields();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.kind = ExportKind(m_kinds->checkedId());
    request.range = ChartRangePreset(m_range->currentData().toInt());
    if (request.range == ChartRangePreset::Custom)
        request.customRange = m_customRange;
    request.imageFormat = ChartImageRenderer::Format(m_format->currentData().toInt());
    request.imageSize = QSize(m_width->value(), m_height->value());
    return request;
}

void ExportDialog::setKindAvailable(ExportKind kind, bool available, const QString &reason)
{
    QRadioButton *button = m_kindButtons.value(kind);
    button->setEnabled(available);
    m_reasons.value(kind)->setText(available ? QString() : reason);
    if (available || !button->isChecked())
        return;
    for (QRadioButton *other : std::as_const(m_kindButtons)) {
        if (other->isEnabled()) {
            other->setChecked(true);
            return;
        }
    }
}

bool ExportDialog::isKindAvailable(ExportKind kind) const
{
    return m_kindButtons.value(kind)->isEnabled();
}

QString ExportDialog::descriptionText() const
{
    return m_description->text();
}

void ExportDialog::updateFields()
{
    const ExportRequest current = request();
    m_range->setEnabled(current.usesRange());
    m_format->setEnabled(current.isImage());
    m_width->setEnabled(current.isImage());
    m_height->setEnabled(current.isImage());
    m_description->setText(describe(current));
}

QString ExportDialog::askForPath(QWidget *parent, const ExportRequest &request, QDate day, const QString &folder)
{
    const QString suffix = request.suffix();
    QString filter;
    if (suffix == u"png")
        filter = tr("PNG images (*.png)");
    else if (suffix == u"svg")
        filter = tr("SVG drawings (*.svg)");
    else
        filter = tr("CSV files (*.csv)");
    QFileDialog dialog(parent, tr("Export %1").arg(ExportRequest::kindLabel(request.kind)),
                       QDir(folder).filePath(request.defaultFileName(day)), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix); // "report" becomes "report.csv"
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace kw::gui
