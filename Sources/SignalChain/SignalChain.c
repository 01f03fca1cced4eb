#include "SignalChain.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

enum { hook_capacity = 4 };

/// The hooks to run; null is a free slot. Written under the lock, read by the handler.
static _Atomic(signal_chain_hook) hooks[hook_capacity];
/// What each terminating signal did before the first hook was added, by signal number.
static struct sigaction previous_actions[NSIG];
static bool installed;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static bool is_fault(int signal) {
    return signal == SIGSEGV || signal == SIGILL || signal == SIGBUS || signal == SIGFPE;
}

static void run_hooks_then_pass_on(int signal, siginfo_t *info, void *context) {
    int saved_errno = errno;
    for (int i = 0; i < hook_capacity; i++) {
        signal_chain_hook hook = atomic_load(&hooks[i]);
        if (hook != NULL) hook(signal);
    }
    struct sigaction *previous = &previous_actions[signal];
    sigaction(signal, previous, NULL);
    // A fault raised by the CPU (si_code > 0) happens again when this handler returns, and then
    // reaches the previous handler (Swift's backtracer, or the default core dump) with its
    // true context.
    if (is_fault(signal) && info->si_code > 0) {
        errno = saved_errno;
        return;
    }
    // A signal sent by kill, raise or abort does not come again: run the previous handler
    // here, then end the process as the signal does by default (a backtracer's handler
    // returns, expecting a fault to recur).
    if (previous->sa_flags & SA_SIGINFO) {
        previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal);
    }
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigaction(signal, &default_action, NULL);
    raise(signal); // delivered when this handler returns
    errno = saved_errno;
}

static void install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = run_hooks_then_pass_on;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < signal_chain_terminating_count(); i++) {
        int signal = signal_chain_terminating_signal(i);
        sigaction(signal, NULL, &previous_actions[signal]);
        if (previous_actions[signal].sa_handler != SIG_IGN) sigaction(signal, &action, NULL);
    }
    installed = true;
}

static void uninstall(void) {
    for (int i = 0; i < signal_chain_terminating_count(); i++) {
        int signal = signal_chain_terminating_signal(i);
        sigaction(signal, &previous_actions[signal], NULL);
    }
    installed = false;
}

void signal_chain_add(signal_chain_hook hook) {
    pthread_mutex_lock(&lock);
    for (int i = 0; i < hook_capacity; i++) {
        if (atomic_load(&hooks[i]) == NULL) {
            atomic_store(&hooks[i], hook);
            break;
        }
    }
    if (!installed) install();
    pthread_mutex_unlock(&lock);
}

void signal_chain_remove(signal_chain_hook hook) {
    pthread_mutex_lock(&lock);
    bool any = false;
    for (int i = 0; i < hook_capacity; i++) {
        if (atomic_load(&hooks[i]) == hook) atomic_store(&hooks[i], NULL);
        any = any || atomic_load(&hooks[i]) != NULL;
    }
    if (!any && installed) uninstall();
    pthread_mutex_unlock(&lock);
}
