// casedesk-bench-launch: starts a program and measures it from the outside, for bench/run.sh.
//
//   casedesk-bench-launch [--ready] [--idle-ms N] [--timeout-s N] [--stdout FILE] -- PROGRAM [ARGS...]
//
// Without --ready it waits for the program to exit. With --ready it waits for the line
// "casedesk-ready: monotonic_ns=N" that StartupProbe prints (CASEDESK_READY_PROBE=1), then lets the
// program sit idle for --idle-ms (default 1000), reads its peak resident memory and ends it with SIGTERM.
// Prints one line of key=value figures on standard output:
//   ready_ms     fork to the ready line (from the program's own CLOCK_MONOTONIC stamp)
//   wall_ms      fork to exit (or to SIGTERM with --ready)
//   cpu_ms       CPU time the program had used (all its threads, /proc/PID/task/*/schedstat) when the
//                ready line arrived: a figure machine load barely changes (--ready only)
//   hwm_kib      VmHWM from /proc/PID/status just before SIGTERM (--ready only)
//   maxrss_kib   ru_maxrss from wait4: the peak resident set over the whole life
//   exit         exit status, or 128+signal
//   stall_ms     longest_stall_ms of a "casedesk-stall-probe:" line, when the program printed one
// The program's standard error is copied to ours; its standard output goes to --stdout or /dev/null.
// Plain POSIX, no Qt: the launcher must not share anything with what it measures.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {
long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

long long statusField(pid_t pid, const char *field)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/status";
    FILE *file = std::fopen(path.c_str(), "r");
    if (!file)
        return -1;
    char line[256];
    long long value = -1;
    const std::size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            value = std::atoll(line + length + 1);
            break;
        }
    }
    std::fclose(file);
    return value;
}

// Nanoseconds on a CPU of every thread of `pid` so far.
long long cpuNs(pid_t pid)
{
    const std::string dir = "/proc/" + std::to_string(pid) + "/task";
    DIR *tasks = opendir(dir.c_str());
    if (!tasks)
        return -1;
    long long total = 0;
    while (const dirent *entry = readdir(tasks)) {
        if (entry->d_name[0] == '.')
            continue;
        FILE *file = std::fopen((dir + "/" + entry->d_name + "/schedstat").c_str(), "r");
        if (!file)
            continue;
        long long ns = 0;
        if (std::fscanf(file, "%lld", &ns) == 1)
            total += ns;
        std::fclose(file);
    }
    closedir(tasks);
    return total;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: casedesk-bench-launch [--ready] [--idle-ms N] [--timeout-s N] [--stdout FILE] "
                 "-- PROGRAM [ARGS...]\n");
    return 2;
}

struct Output
{
    long long readyNs = -1;
    std::string stall;
    std::string pending;

    // Copies the child's standard error through and picks out the probe lines.
    void feed(const char *data, std::size_t size)
    {
        if (fwrite(data, 1, size, stderr) != size)
            return;
        pending.append(data, size);
        std::size_t eol;
        while ((eol = pending.find('\n')) != std::string::npos) {
            const std::string line = pending.substr(0, eol);
            pending.erase(0, eol + 1);
            static const std::string ready = "casedesk-ready: monotonic_ns=";
            static const std::string stallKey = "longest_stall_ms=";
            if (line.compare(0, ready.size(), ready) == 0 && readyNs < 0)
                readyNs = std::atoll(line.c_str() + ready.size());
            if (line.compare(0, 21, "casedesk-stall-probe:") == 0) {
                const std::size_t at = line.find(stallKey);
                if (at != std::string::npos)
                    stall = line.substr(at + stallKey.size(), line.find(' ', at) - at - stallKey.size());
            }
        }
    }
};
} // namespace

int main(int argc, char *argv[])
{
    bool waitReady = false;
    int idleMs = 1000;
    int timeoutS = 600;
    const char *stdoutPath = "/dev/null";
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        } else if (arg == "--ready") {
            waitReady = true;
        } else if (arg == "--idle-ms" && i + 1 < argc) {
            idleMs = std::atoi(argv[++i]);
        } else if (arg == "--timeout-s" && i + 1 < argc) {
            timeoutS = std::atoi(argv[++i]);
        } else if (arg == "--stdout" && i + 1 < argc) {
            stdoutPath = argv[++i];
        } else {
            return usage();
        }
    }
    if (i >= argc)
        return usage();

    int errPipe[2];
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        std::perror("pipe");
        return 1;
    }
    const long long start = monotonicNs();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 1;
    }
    if (pid == 0) {
        dup2(errPipe[1], STDERR_FILENO);
        const int out = open(stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out >= 0)
            dup2(out, STDOUT_FILENO);
        execvp(argv[i], argv + i);
        std::fprintf(stderr, "cannot run %s: %s\n", argv[i], std::strerror(errno));
        _exit(127);
    }
    close(errPipe[1]);

    Output output;
    long long hwm = -1;
    long long readyCpuNs = -1;
    long long endNs = -1;
    bool open = true;
    bool terminated = false;
    long long idleUntil = -1;
    const long long deadline = start + static_cast<long long>(timeoutS) * 1000000000LL;
    while (open) {
        const long long now = monotonicNs();
        if (now > deadline) {
            std::fprintf(stderr, "casedesk-bench-launch: %s timed out after %d s\n", argv[i], timeoutS);
            kill(pid, SIGKILL);
            terminated = true;
            break;
        }
        if (waitReady && output.readyNs >= 0 && idleUntil < 0) {
            readyCpuNs = cpuNs(pid);
            idleUntil = now + static_cast<long long>(idleMs) * 1000000LL;
        }
        if (idleUntil >= 0 && now >= idleUntil) {
            hwm = statusField(pid, "VmHWM");
            endNs = monotonicNs();
            kill(pid, SIGTERM);
            terminated = true;
            idleUntil = -1;
            waitReady = false; // drain what is left until the pipe closes
        }
        long long waitNs = deadline - now;
        if (idleUntil >= 0)
            waitNs = std::min(waitNs, idleUntil - now);
        pollfd fd{errPipe[0], POLLIN, 0};
        const int ready = poll(&fd, 1, static_cast<int>(std::max(1LL, waitNs / 1000000LL)));
        if (ready < 0 && errno != EINTR) {
            std::perror("poll");
            break;
        }
        if (ready > 0) {
            char buffer[4096];
            const ssize_t n = read(errPipe[0], buffer, sizeof buffer);
            if (n > 0)
                output.feed(buffer, static_cast<std::size_t>(n));
            else if (n == 0 || errno != EINTR)
                open = false;
        }
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    if (endNs < 0)
        endNs = monotonicNs();
    if (!output.pending.empty())
        output.feed("\n", 1);
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

    std::printf("ready_ms=%.1f cpu_ms=%.1f wall_ms=%.1f hwm_kib=%lld maxrss_kib=%ld exit=%d stall_ms=%s\n",
                output.readyNs >= 0 ? double(output.readyNs - start) / 1e6 : -1.0,
                readyCpuNs >= 0 ? double(readyCpuNs) / 1e6 : -1.0, double(endNs - start) / 1e6, hwm,
                usage.ru_maxrss, terminated && exitCode == 128 + SIGTERM ? 0 : exitCode,
                output.stall.empty() ? "-" : output.stall.c_str());
    return 0;
}
