//! The JSON-RPC transport of the language server: the only user of `lsp-server`.
//!
//! Content-Length framed messages over standard input and output, read and
//! written by `lsp-server`'s two I/O threads. The server's logic sees
//! `Incoming` messages and answers through `Transport`; swapping the library
//! means rewriting this file only.

use std::time::Duration;

use lsp_server::{Connection, IoThreads, Message, RequestId, Response};
use serde::Serialize;
use serde_json::Value;

/// JSON-RPC error code: the method is not known.
pub const METHOD_NOT_FOUND: i32 = -32601;
/// JSON-RPC error code: the parameters are not what the method takes.
pub const INVALID_PARAMS: i32 = -32602;
/// JSON-RPC error code: a request came in after `shutdown`.
pub const INVALID_REQUEST: i32 = -32600;
/// LSP error code: a request came in before `initialize`.
pub const SERVER_NOT_INITIALIZED: i32 = -32002;
/// JSON-RPC error code: the server failed while answering.
pub const INTERNAL_ERROR: i32 = -32603;

/// The id of a request, to answer it with.
#[derive(Clone, Debug)]
pub struct Id(RequestId);

/// A message from the client.
#[derive(Debug)]
pub enum Incoming {
    /// A request, which needs an answer.
    Request {
        /// Its id.
        id: Id,
        /// Its method (`initialize`, `shutdown`, …).
        method: String,
        /// Its parameters (`null` when absent).
        params: Value,
    },
    /// A notification, which gets none.
    Notification {
        /// Its method (`textDocument/didOpen`, `exit`, …).
        method: String,
        /// Its parameters (`null` when absent).
        params: Value,
    },
    /// An answer to a request of the server's (the server sends none, so it is ignored).
    Response,
}

/// What waiting for a message gave.
#[derive(Debug)]
pub enum Received {
    /// A message.
    Message(Incoming),
    /// Nothing came within the time given.
    Timeout,
    /// The client closed the connection (or sent bytes that are not JSON-RPC).
    Closed,
}

/// The connection to the client over standard input and output.
pub struct Transport {
    connection: Connection,
    threads: IoThreads,
}

impl Transport {
    /// Starts the I/O threads on standard input and output.
    pub fn stdio() -> Transport {
        let (connection, threads) = Connection::stdio();
        Transport {
            connection,
            threads,
        }
    }

    /// Waits for the next message, at most `timeout` when one is given.
    pub fn receive(&self, timeout: Option<Duration>) -> Received {
        let got = match timeout {
            Some(t) => match self.connection.receiver.recv_timeout(t) {
                Ok(m) => Ok(m),
                Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => {
                    return Received::Timeout;
                }
                Err(_) => Err(()),
            },
            None => self.connection.receiver.recv().map_err(|_| ()),
        };
        match got {
            Ok(Message::Request(r)) => Received::Message(Incoming::Request {
                id: Id(r.id),
                method: r.method,
                params: r.params,
            }),
            Ok(Message::Notification(n)) => Received::Message(Incoming::Notification {
                method: n.method,
                params: n.params,
            }),
            Ok(Message::Response(_)) => Received::Message(Incoming::Response),
            Err(()) => Received::Closed,
        }
    }

    /// Answers a request with a result.
    pub fn reply(&self, id: Id, result: impl Serialize) {
        let value = serde_json::to_value(result).unwrap_or(Value::Null);
        self.send(Message::Response(Response {
            id: id.0,
            response_result: Ok(value),
        }));
    }

    /// Answers a request with an error.
    pub fn reply_error(&self, id: Id, code: i32, message: String) {
        self.send(Message::Response(Response::new_err(id.0, code, message)));
    }

    /// Sends a notification.
    pub fn notify(&self, method: &str, params: impl Serialize) {
        let params = serde_json::to_value(params).unwrap_or(Value::Null);
        self.send(Message::Notification(lsp_server::Notification {
            method: method.to_string(),
            params,
        }));
    }

    /// Sends a message; a client gone away is noticed by the next `receive`.
    fn send(&self, message: Message) {
        let _ = self.connection.sender.send(message);
    }

    /// Closes the connection and waits for the I/O threads to finish.
    pub fn close(self) {
        let Transport {
            connection,
            threads,
        } = self;
        drop(connection);
        // The reader thread ends after `exit` or at the end of input; an
        // error there (a malformed message) has already ended the session.
        let _ = threads.join();
    }
}
