#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QLineEdit;
class QWidget;

// Shows a field's problems where the agent looks: a warning tint and sign inside the field, the messages as
// its tooltip and accessible description; the field's own tooltip comes back once it is fine.
class FieldMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMarker)

public:
    explicit FieldMarker(QObject *parent = nullptr);
    ~FieldMarker() override;

    // Remembers the tooltips the fields have now (the form's own, in the current language).
    void captureToolTips(const QList<QWidget *> &fields);
    // `messages` empty: the field is fine. `highlight` false: listed only, not painted (an empty required
    // field on a fresh form should look calm, not alarmed).
    void mark(QWidget *field, const QStringList &messages, bool highlight);

private:
    QHash<QWidget *, QString> m_toolTips;
    QHash<QLineEdit *, QAction *> m_signs;
};
