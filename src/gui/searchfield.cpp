#include "searchfield.h"

#include <algorithm>

namespace kw::gui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(text()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &current) {
        // Clearing is instant: nobody waits to see everything again.
        if (current.isEmpty()) {
            m_timer.stop();
            Q_EMIT searchChanged(current);
            return;
        }
        m_timer.start();
    });
}

void SearchField::setDelayMs(int delayMs)
{
    m_timer.setInterval(std::max(0, delayMs));
}

} // namespace kw::gui
