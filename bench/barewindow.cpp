// The reference for the start-up and memory benchmarks: a bare Qt Widgets window of Casedesk's default
// size, shown the same way and observed by the same probe as the real window.
#include "dev/startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 800);
    StartupProbe::install(&window);
    window.show();
    return app.exec();
}
