"""A small client for sgnet's HTTP API, shared by the notebooks in this folder.

It reads where the server is and who you are from the environment, so the same
notebook opens against any sgnet server:

    SGNET_URL       the server (default http://127.0.0.1:8080)
    SGNET_USER      an sgnet user name (default analyst)
    SGNET_PASSWORD  that user's password (required)
    SGNET_AUTH      token (default): log in once at POST /api/token and send the
                    bearer token; basic: send HTTP Basic on every request

Errors come back from sgnet as problem documents (application/problem+json);
SgnetError carries their status, title and detail.
"""

import os

import requests

DEFAULT_URL = "http://127.0.0.1:8080"


class SgnetError(RuntimeError):
    """An answer of sgnet other than 2xx, with its problem document."""

    def __init__(self, response):
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        self.status = response.status_code
        self.title = problem.get("title", response.reason)
        self.detail = problem.get("detail", "")
        self.errors = problem.get("errors", [])
        where = response.request.method + " " + response.request.path_url
        super().__init__(f"{where}: {self.status} {self.title}: {self.detail}".rstrip(": "))


def check(response):
    """Returns the response if it succeeded, else raises SgnetError."""
    if not response.ok:
        raise SgnetError(response)
    return response


class Sgnet:
    """One logged-in user of one sgnet server."""

    def __init__(self, url=None, user=None, password=None, auth=None, timeout=120):
        self.url = (url or os.environ.get("SGNET_URL") or DEFAULT_URL).rstrip("/")
        self.user = user or os.environ.get("SGNET_USER") or "analyst"
        if password is None:
            password = os.environ.get("SGNET_PASSWORD")
        if not password:
            raise RuntimeError(
                "No password: set SGNET_PASSWORD (and SGNET_USER) to an sgnet user's"
                " credentials; 'sgnet demo' prints one user and password per role."
            )
        self.timeout = timeout
        self.session = requests.Session()
        self.mode = (auth or os.environ.get("SGNET_AUTH") or "token").lower()
        self.roles = None
        if self.mode == "basic":
            self.session.auth = (self.user, password)
        elif self.mode == "token":
            answer = self.post("/api/token", json={"username": self.user, "password": password})
            self.roles = answer["roles"]
            self.session.headers["Authorization"] = "Bearer " + answer["access_token"]
        else:
            raise ValueError("SGNET_AUTH must be 'token' or 'basic', not " + repr(self.mode))

    def __repr__(self):
        return f"Sgnet({self.url!r}, user={self.user!r}, auth={self.mode!r}, roles={self.roles})"

    def response(self, method, path, **kwargs):
        """Sends a request and returns the successful response (SgnetError otherwise)."""
        kwargs.setdefault("timeout", self.timeout)
        return check(self.session.request(method, self.url + path, **kwargs))

    def get(self, path, **params):
        """GET path with the query parameters given (None values left out); the parsed JSON."""
        params = {k: v for k, v in params.items() if v is not None}
        return self.response("GET", path, params=params).json()

    def get_bytes(self, path, **params):
        """GET path and return the body as bytes (for exports)."""
        params = {k: v for k, v in params.items() if v is not None}
        return self.response("GET", path, params=params).content

    def post(self, path, **kwargs):
        """POST to path (json=, files=, ...) and return the parsed JSON answer."""
        return self.response("POST", path, **kwargs).json()

    def trend(self, start=None, end=None, step=None, window=None, rules=None, engine=None):
        """GET /api/trend: the catalogue as of the last day of each step (day, week, month or
        quarter) from start to end (dates as YYYY-MM-DD; by default the twelve months up to the
        latest event), counted per rule and theme with the children affected. Counts only, so
        every role may read it."""
        return self.get("/api/trend", **{"from": start, "to": end, "step": step, "window": window,
                                         "rule": ",".join(rules) if rules else None,
                                         "engine": engine})

    def children(self, limit=None, page_size=200):
        """Every child (id, name, birthDate), following the pages of GET /api/children."""
        items, page = [], 0
        while True:
            answer = self.get("/api/children", page=page, size=page_size)
            items.extend(answer["items"])
            if not answer["items"] or len(items) >= answer["total"]:
                break
            if limit is not None and len(items) >= limit:
                break
            page += 1
        return items if limit is None else items[:limit]


def connect(**kwargs):
    """Logs in with the environment's settings (see the module's documentation)."""
    return Sgnet(**kwargs)
