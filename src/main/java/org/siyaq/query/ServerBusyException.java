package org.siyaq.query;

/** Every query worker is busy and the wait queue is full: the request is turned away at once. */
public class ServerBusyException extends RuntimeException {

    public ServerBusyException() {
        super("The server is busy answering other queries; try again in a moment.");
    }
}
