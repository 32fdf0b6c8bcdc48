package weightinit.data;

/** A data set that is missing, truncated, corrupt or unsafe; the message names the file and the problem. */
public class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
