/* Leave quickly: blank the page and replace it in history; Shift x3 shortcut; optional private visit.
   The exit is a plain link that works without this script; this only makes it faster and leaves less behind. */
(function () {
    "use strict";

    var SHORTCUT_PRESSES = 3;
    var SHORTCUT_WINDOW_MS = 5000;
    var PRIVATE_VISIT_KEY = "privateVisit";

    var root = document.documentElement;
    var exitLink = document.querySelector("[data-safety-exit]");
    if (!exitLink) {
        return;
    }
    var status = document.querySelector("[data-exit-status]");
    var originalTitle = document.title;
    var overlay = null;

    function leave() {
        // Blank first, so nothing of the page stays on screen while the destination loads.
        root.classList.add("is-leaving");
        if (!overlay) {
            overlay = document.createElement("div");
            overlay.className = "exit-overlay";
            document.body.appendChild(overlay);
        }
        document.title = exitLink.getAttribute("data-neutral-title") || "";
        // replace(): the page being read drops out of the Back history.
        window.location.replace(exitLink.href);
    }

    function restore() {
        root.classList.remove("is-leaving");
        document.title = originalTitle;
        resetShortcut(false);
    }

    exitLink.addEventListener("click", function (event) {
        event.preventDefault();
        leave();
    });
    exitLink.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "Spacebar") {
            event.preventDefault();
            leave();
        }
    });

    // Back, including from the back-forward cache, shows the page as it was, never the blank overlay.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted || root.classList.contains("is-leaving")) {
            restore();
        }
    });

    // --- Shortcut: Shift released three times, each within 5 s of the previous one. ---

    var presses = 0;
    var lastPressAt = 0;
    var shiftIsDown = false;
    var shiftCombined = false;
    var expiryTimer = null;

    function announce(messageName) {
        if (status) {
            status.textContent = status.getAttribute("data-message-" + messageName) || "";
        }
    }

    function resetShortcut(announceExpiry) {
        if (expiryTimer) {
            window.clearTimeout(expiryTimer);
            expiryTimer = null;
        }
        if (announceExpiry && presses > 0) {
            announce("expired");
        } else if (presses > 0 && status) {
            // No stale "1 more time" left behind: it is wrong now, and would mute the next identical message.
            status.textContent = "";
        }
        presses = 0;
    }

    function isTextEntry(element) {
        if (!element || !element.tagName) {
            return false;
        }
        if (element.isContentEditable || element.tagName === "TEXTAREA" || element.tagName === "SELECT") {
            return true;
        }
        if (element.tagName !== "INPUT") {
            return false;
        }
        var nonText = ["checkbox", "radio", "button", "submit", "reset", "image", "file", "range", "color"];
        return nonText.indexOf((element.type || "text").toLowerCase()) === -1;
    }

    document.addEventListener("keydown", function (event) {
        if (event.key === "Shift") {
            if (!shiftIsDown) {
                shiftIsDown = true;
                shiftCombined = false;
            }
            return;
        }
        // Any other key (a capital letter, Shift+Tab) cancels the count.
        shiftCombined = shiftIsDown;
        resetShortcut(false);
    }, true);

    document.addEventListener("keyup", function (event) {
        if (event.key !== "Shift") {
            return;
        }
        var wasCombined = shiftCombined;
        shiftIsDown = event.shiftKey; // still true while the other Shift key is held
        if (wasCombined || isTextEntry(event.target)) {
            return;
        }
        var now = Date.now();
        if (presses > 0 && now - lastPressAt > SHORTCUT_WINDOW_MS) {
            presses = 0;
        }
        presses += 1;
        lastPressAt = now;
        if (presses >= SHORTCUT_PRESSES) {
            resetShortcut(false);
            leave();
            return;
        }
        announce(presses === 1 ? "two" : "one");
        if (expiryTimer) {
            window.clearTimeout(expiryTimer);
        }
        expiryTimer = window.setTimeout(function () {
            expiryTimer = null;
            resetShortcut(true);
        }, SHORTCUT_WINDOW_MS);
    }, true);

    // --- Private visit: every link inside the site replaces the current history entry. ---

    var privateVisit = document.querySelector("[data-private-visit]");
    var privateSwitch = document.querySelector("[data-private-visit-switch]");

    function storage() {
        try {
            return window.sessionStorage;
        } catch (error) {
            return null; // storage blocked: the switch cannot remember, so it is not offered
        }
    }

    function privateVisitOn() {
        var store = storage();
        return Boolean(store && store.getItem(PRIVATE_VISIT_KEY) === "on");
    }

    if (privateVisit && privateSwitch && storage()) {
        privateVisit.hidden = false;
        privateSwitch.checked = privateVisitOn();
        privateSwitch.addEventListener("change", function () {
            if (privateSwitch.checked) {
                storage().setItem(PRIVATE_VISIT_KEY, "on");
            } else {
                storage().removeItem(PRIVATE_VISIT_KEY);
            }
        });
    }

    function sameOrigin(url) {
        return url.origin === window.location.origin;
    }

    document.addEventListener("click", function (event) {
        if (!privateVisitOn() || event.defaultPrevented || event.button !== 0) {
            return;
        }
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        var link = event.target.closest ? event.target.closest("a[href]") : null;
        if (!link || link === exitLink || link.hasAttribute("download") || (link.target && link.target !== "_self")) {
            return;
        }
        var url = new URL(link.href, window.location.href);
        if (!sameOrigin(url)) {
            return;
        }
        event.preventDefault();
        if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
            // An anchor on this page (the skip link): move there without adding a history entry.
            window.history.replaceState(window.history.state, "", url.href);
            var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
            if (target) {
                target.scrollIntoView();
                target.focus({preventScroll: true});
            }
            return;
        }
        window.location.replace(url.href);
    });

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!privateVisitOn() || event.defaultPrevented || (form.method || "get").toLowerCase() !== "get") {
            return;
        }
        var url = new URL(form.action || window.location.href, window.location.href);
        if (!sameOrigin(url)) {
            return;
        }
        event.preventDefault();
        url.search = new URLSearchParams(new FormData(form)).toString();
        window.location.replace(url.href);
    });
})();
