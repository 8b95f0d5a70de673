#pragma once

#include "core/model/caseupdate.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

class MainWindow;
struct ApiResult;

// Drives the window through a realistic correction against a local CRM simulator (a refused attempt, then
// the corrected one) and saves what the agent then sees: the README's screenshot. In Batch mode it runs a
// bulk correction from a Spanish CSV instead and saves its steps (PATH-mapping, -check, -send, and PATH).
// In ReadBeforeWrite mode it loads a case from the CRM, corrects three fields and saves the change marks and
// summary (PATH); then another agent changes the case in the simulator and Update shows the conflict
// dialog (PATH-conflict). Loopback servers only.
class DemoScreenshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoScreenshot)

public:
    enum class Mode { Form, Batch, ReadBeforeWrite };

    DemoScreenshot(MainWindow *window, const QString &outputPath, Mode mode = Mode::Form,
                   QObject *parent = nullptr);
    ~DemoScreenshot() override;

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    void onUpdateFinished(const ApiResult &result);
    void fail(const QString &reason);
    void capture();
    CaseUpdate demoCase() const;
    void startBatch();
    void sendBatch();
    QString writeBatchFile();
    void startLoad();
    void correctLoadedCase();
    void changeBehindTheAgentsBack();
    void captureConflict();
    static QString stepPath(const QString &outputPath, const QString &step);

    QPointer<MainWindow> m_window;
    QString m_outputPath;
    Mode m_mode;
    QTemporaryDir m_files;
    int m_step = 0;
    QNetworkAccessManager m_admin; // the simulator's admin endpoint: another agent's change
};
