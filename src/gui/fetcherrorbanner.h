#pragma once

#include <QFrame>

class QLabel;

namespace kw::gui {

// A one-line error strip above a table whose data could not be refreshed: says what failed while
// the last good data stays visible below it. Red-tinted in light and dark palettes alike.
class FetchErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FetchErrorBanner(QWidget *parent = nullptr);

    // Shows the banner with `message`; an empty message hides it.
    void showError(const QString &message);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_label;
    bool m_applyingColours = false;
};

} // namespace kw::gui
