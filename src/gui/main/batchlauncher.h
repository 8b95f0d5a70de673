#pragma once

#include "core/batch/batchimport.h"

#include <QObject>
#include <QPointer>
#include <functional>

class BatchStore;
class BatchWindow;
class CasesClient;
class HistoryPane;
class HistoryStore;
class MessageBanner;
class QMainWindow;
class Settings;

// File → Bulk correction from the main window: the batch window on the main window's connection, profile
// defaults and token, created on first use; the offer to resume a batch left unfinished; and why bulk
// correction is unavailable when the history file could not be opened.
class BatchLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLauncher)

public:
    struct Parts
    {
        QMainWindow *window;
        MessageBanner *banner;
        HistoryPane *historyPane;
        CasesClient *client;
        HistoryStore *history;
        Settings *settings;
        std::function<BatchDefaults()> defaults;
        std::function<QString()> token;
    };

    explicit BatchLauncher(const Parts &parts);
    ~BatchLauncher() override;

    // The caller's store (open, on the history file; must outlive the launcher); set once.
    void setStore(BatchStore *store);
    BatchWindow *batchWindow() const;
    bool isSending() const;
    // Asks the batch window to close (it offers to pause a running batch); `then` runs once it has.
    void requestClose(const std::function<void()> &then);

    void show();
    // Says so in the banner, with a button to the batch window, when a batch was left unfinished.
    void offerResume();

private:
    Parts m_parts;
    BatchStore *m_store = nullptr;
    QPointer<BatchWindow> m_batchWindow;
};
