#pragma once

#include "senec/senecvarsdownloader.h"

#include <QDateTime>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace kw::models {
class VarsModel;
}

namespace kw::gui {

class SearchField;

class BusyStatusRow;
class PlaceholderStack;

class FetchErrorBanner;
class VarsFilterProxy;

// The device's variable monitor page (vars.html) as a searchable table of name, type and value.
// Passive: shows the results it is given, updating values in place, and asks for a fresh page
// through refreshRequested().
class VarsView : public QWidget
{
    Q_OBJECT
public:

    explicit VarsView(QWidget *parent = nullptr);
    ~VarsView() override;

    // ok: the rows (values updated in place when the variables are the same); not ok: the error,
    // with the rows shown before kept.
    void showVars(const kw::senec::SenecVarsResult &result);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    models::VarsModel *varsModel() const { return m_model; }
    VarsFilterProxy *filterModel() const { return m_proxy; }
    // When the last page arrived (local time); invalid before the first.
    QDateTime lastFetched() const { return m_fetchedAt; }
    QString statusText() const;
    QString errorText() const;
    QString placeholderText() const;
    // The sections offered in the section filter ("BMS", "ENERGY" …), sorted.
    QStringList sections() const { return m_sections; }
    void setSearchDelayMs(int delayMs);

Q_SIGNALS:
    void refreshRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void requestRefresh();
    void refreshSections();
    void updatePlaceholder();
    void updateStatus();
    void sizeColumns();

    models::VarsModel *m_model;
    VarsFilterProxy *m_proxy;
    SearchField *m_search;
    QComboBox *m_section;
    QToolButton *m_refreshButton;
    FetchErrorBanner *m_banner;
    QTableView *m_table;
    PlaceholderStack *m_stack;
    BusyStatusRow *m_status;

    QStringList m_sections;
    QString m_path;
    QDateTime m_fetchedAt;
    QString m_error;
    bool m_busy = false;
    bool m_asked = false;
    bool m_columnsSized = false;
};

} // namespace kw::gui
