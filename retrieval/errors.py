"""Every error Yanlu reports to a user lives here.

The CLI turns a YanluError into one line on stderr and exit code 2; the bot turns it
into a friendly reply. Anything else is a bug and is logged with its traceback.
"""


class YanluError(Exception):
    """Base class: a problem the user can act on, with a message fit to show them."""


class CorpusError(YanluError):
    """The corpus path is missing, empty, or holds no readable page."""


class QuestionError(YanluError):
    """The question is empty or has nothing to search for."""


class SettingsError(YanluError):
    """A setting is missing or malformed."""


class FilterError(YanluError):
    """A filter (speaker, outlet, date) is malformed or cannot be understood."""


class ExportError(YanluError):
    """An export has nothing to select by, or nothing matched."""
