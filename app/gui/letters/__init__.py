"""Letters in the window: write one step by step, send it yourself, and follow it up.

``window.LetterWindow`` walks the user from the copies a letter is about, to who it goes to,
what kind of letter it is (a DMCA notice only after its warning), the answers it needs (with a
live checklist of what is still missing and why the law asks for it), a preview whose wording
can be changed, and the ways it can leave: a PDF, the printer, the user's own mail program or
text to paste into a web form. ``detail.LetterDetailWindow`` shows a letter written before,
its deadline, ticket number and replies. The letters themselves come from the core
(``app.core.letters``); nothing here sends anything.
"""
