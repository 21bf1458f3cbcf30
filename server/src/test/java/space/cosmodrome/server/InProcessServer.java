package space.cosmodrome.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API test classes: one server with the default configuration on a free port, started before the
 * class's tests and closed after them, and a client for it. (Test classes run one after another.)
 */
abstract class InProcessServer {
    static CosmodromeServer server;
    static ApiClient api;

    @BeforeAll
    static void startServer() {
        server = CosmodromeServer.create(ServerConfig.defaults(0)).start();
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
