#pragma once

#include <QObject>

class HistoryStore;
class MessageBanner;

// What the banner says of the history itself: an attempt that could not be saved, updates a stop left
// without an answer, a history that is not being saved at all.
class HistoryNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryNotices)

public:
    // `history` is the caller's and must outlive these notices; `banner` is their parent's.
    HistoryNotices(HistoryStore *history, MessageBanner *banner, QObject *parent);
    ~HistoryNotices() override;

    // The history database could not be opened (`reason`, translated): attempts are kept in memory only.
    void showUnavailable(const QString &reason);

private:
    void showInterrupted();

    HistoryStore *m_history;
    MessageBanner *m_banner;
    bool m_interruptedShown = false;
};
