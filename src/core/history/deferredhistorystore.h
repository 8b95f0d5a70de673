#pragma once

#include "core/history/historystore.h"

#include <QPointer>
#include <functional>

// A history whose file is opened after the window's first frame. Until then it is empty (the pane paints
// its first frame without rows); open() runs the opener, which opening the database and reading the
// first page need, and from then on every call goes to the store it set with setTarget(), whose signals
// come out of this one. A write, a query or an export before that opens it first, so nothing an agent
// does is ever lost for being early.
class DeferredHistoryStore final : public HistoryStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredHistoryStore)

public:
    // `opener` must call setTarget() (with a store that outlives this one); it runs at most once.
    explicit DeferredHistoryStore(std::function<void()> opener, QObject *parent = nullptr);
    ~DeferredHistoryStore() override;

    // Runs the opener unless it ran already. Emits reset() once the target is set.
    void open();
    bool isOpen() const { return m_target != nullptr; }
    void setTarget(HistoryStore *target);
    HistoryStore *target() const { return m_target; }

    int count() const override;
    HistoryEntry entry(int row) const override;
    int rowOf(qint64 id) const override;
    QList<HistoryEntry> deliveryGroup(qint64 groupId) const override;
    qint64 add(const HistoryEntry &entry) override;
    bool update(const HistoryEntry &entry) override;
    bool supportsQuery() const override;
    HistoryQuery query() const override;
    void setQuery(const HistoryQuery &query) override;
    int totalCount() const override;
    int interruptedOnOpen() const override;
    bool supportsExport() const override;
    QFuture<HistoryExporter::Result> exportRows(HistoryExporter::Format format, const QString &fileName,
                                                const HistoryExporter::Progress &progress
                                                = {}) const override;
    HistoryDatabase *database() const override;

private:
    HistoryStore *opened() const; // open() first: what writes and exports go through

    std::function<void()> m_opener;
    QPointer<HistoryStore> m_target;
};
