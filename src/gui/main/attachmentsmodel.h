#pragma once

#include "core/model/validator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QStringList>

// The files to attach: name with a type icon, size, and any problem found before sending.
// Accepts files dropped from a file manager (text/uri-list). A file already delivered with the case (an
// attempt loaded back from the history) is listed unticked and is sent again only once ticked.
class AttachmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsModel)

public:
    enum Column { NameColumn, SizeColumn, ProblemColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit AttachmentsModel(QObject *parent = nullptr);
    ~AttachmentsModel() override;

    // The files to send: every file but an already delivered one left unticked.
    QStringList paths() const;
    // Every file listed, ticked or not.
    QStringList allPaths() const;
    // `delivered`: files the CRM already has with this case; listed unticked.
    void setPaths(const QStringList &paths, const QStringList &delivered = {});
    bool isDelivered(int row) const { return m_items.value(row).delivered; }
    // Appends the paths not already listed; returns how many were added.
    int addPaths(const QStringList &paths);
    // Sizes as they are on disk now (-1 for a missing file), in row order.
    QList<qint64> sizes() const;
    // Re-reads size and existence of every file.
    void refresh();

    // Problems from the Validator (field "file", indexed as paths() lists them), shown on their rows.
    void setIssues(const QList<ValidationIssue> &issues);
    QStringList issuesAt(int row) const;
    // A word or two for the Check column ("Too large"); the full message is the row's tooltip.
    static QString shortProblem(const QString &rule);

    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The local files among dropped or pasted URLs.
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    // Files were added, removed, replaced, ticked or unticked.
    void pathsChanged();

private:
    struct Item
    {
        QString path;
        QString name;
        qint64 size = -1;
        bool exists = false;
        QIcon icon;
        bool delivered = false; // the CRM already has it with this case
        bool included = true; // sent with the update
    };
    static Item describe(const QString &path);

    QList<Item> m_items;
    QHash<int, QList<ValidationIssue>> m_issues;
};
