"""Driving the VS Code workbench in a browser: the command palette, quick inputs and notifications."""

from __future__ import annotations

import base64
import time

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

QUICK_INPUT = ".quick-input-widget"
QUICK_INPUT_BOX = f"{QUICK_INPUT} .quick-input-box input"
QUICK_INPUT_ROW = f"{QUICK_INPUT} .monaco-list-row"

#: Keeps the text of every notification ever shown (progress notifications come and go quickly).
RECORD_NOTIFICATIONS = """
window.__notifications = [];
const record = () => {
  const selector = '.notification-toast, .notifications-list-container .monaco-list-row';
  for (const toast of document.querySelectorAll(selector)) {
    const text = toast.innerText.trim();
    if (text && !window.__notifications.includes(text)) window.__notifications.push(text);
  }
};
new MutationObserver(record).observe(document.body, {subtree: true, childList: true, characterData: true});
"""


class Workbench:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, url: str, timeout_s: float = 90) -> None:
        self.page.goto(url)
        self.page.wait_for_selector(".monaco-workbench .part.editor", timeout=timeout_s * 1000)
        self.page.evaluate(RECORD_NOTIFICATIONS)
        # The explorer lists the workspace once the remote file system is connected.
        self.page.wait_for_selector(".explorer-folders-view .monaco-list-row", timeout=timeout_s * 1000)

    def run_command(self, title: str, attempts: int = 4) -> None:
        """F1, type the title, Enter; reopens the palette while it says "No matching commands"."""
        for _ in range(attempts):
            self.page.keyboard.press("F1")
            self.page.wait_for_selector(QUICK_INPUT_BOX, state="visible")
            self.page.keyboard.type(title)
            row = self.page.locator(QUICK_INPUT_ROW, has_text=title).first
            try:
                row.wait_for(state="visible", timeout=5000)
            except PlaywrightTimeout:
                self.page.keyboard.press("Escape")
                time.sleep(1)
                continue
            self.page.keyboard.press("Enter")
            # The palette closes, or the command's own first question replaces it.
            self.page.wait_for_function(
                f"""() => {{
                    const box = document.querySelector({QUICK_INPUT_BOX!r});
                    return !box || box.offsetParent === null || !box.value.startsWith('>');
                }}"""
            )
            return
        raise AssertionError(f"command {title!r} never appeared in the command palette")

    def wait_for_quick_input(self, predicate_js: str, timeout_s: float = 60) -> str:
        """Waits for a visible quick input whose value satisfies ``predicate_js`` (a JS expression on
        ``value``); returns the value."""
        self.page.wait_for_function(
            f"""() => {{
                const box = document.querySelector({QUICK_INPUT_BOX!r});
                if (!box || box.offsetParent === null) return false;
                const value = box.value;
                return {predicate_js};
            }}""",
            timeout=timeout_s * 1000,
        )
        return self.page.input_value(QUICK_INPUT_BOX)

    def answer_file_dialog(self, path: str | None = None, timeout_s: float = 60) -> str:
        """The browser's own file dialog is a quick input holding a path: type ``path`` (or keep the
        proposed one) and accept.

        The dialog fills in its folder, lists it, and (save dialogs) adds the proposed name, each
        step asynchronously; it checks a typed path before it accepts Enter. So this waits for the
        listing, and presses Enter until the dialog is gone (the next question has no path in it).
        """
        self.page.locator(QUICK_INPUT_ROW).first.wait_for(state="visible", timeout=timeout_s * 1000)
        wanted = "value.startsWith('/')"
        if path is None:
            wanted += " && !value.endsWith('/')"
        proposed = self.wait_for_quick_input(wanted, timeout_s)
        answer = path or proposed
        for _ in range(10):
            if path is not None and self.page.input_value(QUICK_INPUT_BOX) != path:
                self.page.fill(QUICK_INPUT_BOX, path)
                self.wait_for_quick_input(f"value === {path!r}")
            self.page.keyboard.press("Enter")
            try:
                self.page.wait_for_function(
                    f"""() => {{
                        const box = document.querySelector({QUICK_INPUT_BOX!r});
                        return !box || box.offsetParent === null || !box.value.startsWith('/');
                    }}""",
                    timeout=2000,
                )
                return answer
            except PlaywrightTimeout:
                continue
        raise AssertionError(f"the file dialog did not accept {answer}")

    def pick(self, label: str, timeout_s: float = 30) -> None:
        """Chooses the quick pick item with this label."""
        row = self.page.locator(QUICK_INPUT_ROW, has_text=label).first
        row.wait_for(state="visible", timeout=timeout_s * 1000)
        self.page.keyboard.type(label)
        row.wait_for(state="visible")
        self.page.keyboard.press("Enter")

    def notifications(self) -> list[str]:
        """Every notification text seen since the workbench opened."""
        return self.page.evaluate("window.__notifications")

    def wait_for_notification(self, text: str, timeout_s: float = 60, failure: str | None = None) -> str:
        """The first notification containing ``text``; stops early when one contains ``failure``."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            seen = self.notifications()
            found = [notification for notification in seen if text in notification]
            if found:
                return found[0]
            if failure is not None and any(failure in notification for notification in seen):
                raise AssertionError(f"failed while waiting for {text!r}; seen: {seen}")
            time.sleep(0.25)
        raise AssertionError(f"no notification with {text!r}; seen: {self.notifications()}")

    def click_notification_button(self, notification_text: str, button: str) -> None:
        toast = self.page.locator(".notification-toast", has_text=notification_text).first
        toast.get_by_role("button", name=button).click()

    def open_file(self, name: str) -> None:
        """Opens a workspace file from the explorer and puts the cursor into its editor."""
        self.page.locator(".explorer-folders-view .monaco-list-row", has_text=name).first.dblclick()
        self.page.locator(".tabs-container .tab", has_text=name).first.wait_for(state="visible")
        self.page.click(".editor-instance .monaco-editor .view-lines")

    def paste_image(self, png: bytes) -> None:
        """Pastes a PNG into the focused editor, as a browser delivers an image from the clipboard."""
        self.page.evaluate(
            """(b64) => {
                const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], "screenshot.png", {type: "image/png"}));
                const options = {clipboardData: data, bubbles: true, cancelable: true};
                const paste = new ClipboardEvent("paste", options);
                document.activeElement.dispatchEvent(paste);
            }""",
            base64.b64encode(png).decode("ascii"),
        )

    def editor_text(self) -> str:
        """The visible lines of the active editor (it renders spaces as no-break spaces)."""
        text = self.page.locator(".editor-instance .monaco-editor .view-lines").first.inner_text()
        return text.replace("\xa0", " ")

    def editor_tabs(self) -> list[str]:
        """The titles of the open editors (the tab's accessible name starts with the title)."""
        return self.page.locator(".tabs-container .tab").evaluate_all(
            "tabs => tabs.map(tab => (tab.getAttribute('aria-label') || '').split(',')[0].trim())"
        )

    def wait_for_tabs(self, *titles: str, timeout_s: float = 30) -> list[str]:
        """The open editors' titles once all of ``titles`` are among them (panels open, and take
        their titles, a moment after the command that opens them reports)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            tabs = self.editor_tabs()
            if all(title in tabs for title in titles):
                return tabs
            time.sleep(0.25)
        raise AssertionError(f"tabs {titles} not all open: {self.editor_tabs()}")
