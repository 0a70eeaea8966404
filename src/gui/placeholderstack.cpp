#include "placeholderstack.h"

#include <QLabel>

namespace kw::gui {

PlaceholderStack::PlaceholderStack(QWidget *content, const QString &name, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setObjectName(name + QStringLiteral("Placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);
    addWidget(m_content);
    addWidget(m_placeholder);
}

void PlaceholderStack::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    setCurrentWidget(text.isEmpty() ? m_content : static_cast<QWidget *>(m_placeholder));
}

QString PlaceholderStack::placeholderText() const
{
    return currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

} // namespace kw::gui
