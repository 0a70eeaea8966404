#pragma once

#include <QStackedWidget>

class QLabel;

namespace kw::gui {

// A table (or any view) that gives way to a centred, framed message when there is nothing to
// show — "no log that day", "no line matches the filters" — drawn like the table it replaces so
// the page does not jump.
class PlaceholderStack : public QStackedWidget
{
    Q_OBJECT
public:
    // `content` is reparented into the stack; `name` prefixes the placeholder's object name.
    PlaceholderStack(QWidget *content, const QString &name, QWidget *parent = nullptr);

    // Empty: the content; otherwise the message instead of it.
    void setPlaceholderText(const QString &text);
    // The message shown, empty while the content is shown.
    QString placeholderText() const;

private:
    QWidget *m_content;
    QLabel *m_placeholder;
};

} // namespace kw::gui
