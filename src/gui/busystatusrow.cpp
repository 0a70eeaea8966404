#include "busystatusrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace kw::gui {

BusyStatusRow::BusyStatusRow(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    m_label->setObjectName(name + QStringLiteral("Status"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8,
                              fontMetrics().height() * 2 / 3);
    m_busyBar->hide();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_busyBar);
}

void BusyStatusRow::setText(const QString &text)
{
    m_label->setText(text);
}

QString BusyStatusRow::text() const
{
    return m_label->text();
}

void BusyStatusRow::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
}

} // namespace kw::gui
