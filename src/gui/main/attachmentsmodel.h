#pragma once

#include "core/model/validator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QStringList>

// The files to attach: name with a type icon, size, and any problem found before sending.
// Accepts files dropped from a file manager (text/uri-list).
class AttachmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsModel)

public:
    enum Column { NameColumn, SizeColumn, ProblemColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit AttachmentsModel(QObject *parent = nullptr);
    ~AttachmentsModel() override;

    QStringList paths() const;
    void setPaths(const QStringList &paths);
    // Appends the paths not already listed; returns how many were added.
    int addPaths(const QStringList &paths);
    // Sizes as they are on disk now (-1 for a missing file), in row order.
    QList<qint64> sizes() const;
    // Re-reads size and existence of every file.
    void refresh();

    // Problems from the Validator (field "file"), shown on their rows.
    void setIssues(const QList<ValidationIssue> &issues);
    QStringList issuesAt(int row) const;
    // A word or two for the Check column ("Too large"); the full message is the row's tooltip.
    static QString shortProblem(const QString &rule);

    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    // Files were added, removed or replaced.
    void pathsChanged();

private:
    struct Item
    {
        QString path;
        QString name;
        qint64 size = -1;
        bool exists = false;
        QIcon icon;
    };
    static Item describe(const QString &path);

    QList<Item> m_items;
    QHash<int, QList<ValidationIssue>> m_issues;
};
