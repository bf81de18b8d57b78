"""Exit statuses and the one exception the CLI turns into a one-line error."""

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1  # `check`: an unacknowledged finding at or above --fail-on
    ERROR = 2  # usage, configuration, rule or input errors


class UserInputError(Exception):
    """Something the user gave us is wrong; the message names the file and the problem."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
