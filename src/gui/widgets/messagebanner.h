#pragma once

#include <QFrame>
#include <QList>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A calm, dismissible strip that tells the outcome of the last action in the palette's own colours.
// A message is given as a function that makes its texts, so it is said again in the new language when the
// language changes; it can carry buttons for what fixes it, and a topic so that the state it describes can
// take it away again when that state changes (a network failure goes once the connection works).
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Success, Error, Warning, Information };

    struct Content
    {
        QString title;
        QString text;
    };
    // Called again on each language change while the message is shown: capture values, call tr() inside.
    using Render = std::function<Content()>;
    using Label = std::function<QString()>;

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // Text beyond this is cut (with "…"): a CRM that answers a message of hundreds of kilobytes — one word
    // 300,000 characters long kept the window busy for 7 s — is shown whole in the attempt's details.
    static constexpr qsizetype MaxShownCharacters = 1000;

    using QFrame::show;
    // Replaces the message; the previous message's buttons go away.
    void show(Kind kind, Render render, const QString &topic = {});
    // Texts that are already final (a test, a text that is not translated).
    void showMessage(Kind kind, const QString &title, const QString &text);
    // A button for one thing to do about the current message ("Retry", "Open bulk correction"); it runs
    // `run` when pressed. Without an object name the first button is "bannerActionButton".
    QPushButton *addAction(Label label, std::function<void()> run, const QString &objectName = {});
    // Hides the message if it is of `topic`; true if it did.
    bool clearTopic(const QString &topic);

    QString actionText() const; // the first button's text, empty without one
    Kind kind() const { return m_kind; }
    QString topic() const { return m_topic; }
    QString title() const;
    QString text() const;

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Action
    {
        QPushButton *button;
        Label label;
    };

    void render();
    void removeActions();
    void applyColours();
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QToolButton *m_close;
    QList<Action> m_actions;
    Render m_render;
    QString m_topic;
    Kind m_kind = Kind::Information;
    bool m_updatingPalette = false;
};
