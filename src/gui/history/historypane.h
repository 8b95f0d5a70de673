#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyexporter.h"
#include "core/history/historyquery.h"

#include <QWidget>
#include <memory>

class HistoryModel;
class HistoryStore;
class QAction;
class QLabel;
class QTableView;
class QTimer;
class Settings;

namespace Ui {
class HistoryPane;
}
class RepaintThrottle;
class WrappingRows;

// The session's attempts: a table with how many match the search and filters, the selected attempt's
// answer, what it changed in a case loaded from the CRM and what was sent, and the way back into the form.
// Reads rows through HistoryModel, so the store behind it may be a database.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    explicit HistoryPane(QWidget *parent = nullptr);
    ~HistoryPane() override;

    void setStore(HistoryStore *store);
    // The export's file dialog remembers its folder in `settings` (the caller's, outliving the pane).
    void setSettings(Settings *settings);
    HistoryModel *model() const { return m_model; }
    QTableView *view() const;

    // The search, filters and order the controls ask for (the store sorts; the view never does).
    HistoryQuery currentQuery() const;
    bool isExporting() const { return m_exporting; }
    // Writes the rows of the current query to `fileName` on a worker thread; exportFinished() tells how it
    // went. False when the store cannot export or an export is already running.
    bool exportTo(HistoryExporter::Format format, const QString &fileName);

    HistoryEntry currentEntry() const;
    bool selectEntry(qint64 id);
    // Selects the attempt (clearing the search and filters when they hide it) and puts the focus on its
    // details.
    void showEntry(qint64 id);

    // Shows only the attempts of one bulk correction (0: every attempt); a button clears it again.
    void setBatchFilter(qint64 batchId);
    qint64 batchFilter() const { return m_batchFilter; }

    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

    // What the details show, as plain text for the clipboard and as HTML for the pane. Never a token.
    static QString plainReport(const HistoryEntry &entry);
    static QString htmlReport(const HistoryEntry &entry);
    // Indents JSON without reordering keys; anything else comes back as text.
    static QString prettyBody(const QByteArray &body);

public Q_SLOTS:
    void loadCurrent();
    void copyCurrent();

Q_SIGNALS:
    void loadRequested(const HistoryEntry &entry);
    void currentEntryChanged(qint64 id);
    void exportFinished(const HistoryExporter::Result &result);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateDetails();
    void applyDefaultColumnWidths();
    void fillFilterCombos();
    void applyQuery();
    void onDateRangeChosen();
    void applyDateFormat();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void updateBatchFilterButton();
    void chooseExportFile(HistoryExporter::Format format);
    void updateCount();
    // The search, filters and export buttons of a store that has them; again once a store that opens
    // after the first frame (DeferredHistoryStore) has its rows.
    void updateStoreControls();
    // The filter row wrapped for the list's width.
    void arrangeFilters();

    std::unique_ptr<Ui::HistoryPane> m_ui;
    HistoryModel *m_model = nullptr;
    QAction *m_loadAction;
    QAction *m_copyAction;
    qint64 m_shownId = 0;
    HistoryStore *m_store = nullptr;
    QTimer *m_searchTimer;
    RepaintThrottle *m_repaintThrottle = nullptr;
    std::unique_ptr<WrappingRows> m_filterRows;
    Settings *m_settings = nullptr;
    QTimer *m_countTimer;
    QLabel *m_emptyLabel;
    bool m_exporting = false;
    int m_previousDateRange = 0; // the last preset, which a first custom range starts from
    bool m_customRangeShown = false;
    qint64 m_batchFilter = 0;
    // The database cannot order by batch: a click there keeps the previous order.
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
