/* fusion bundle (saved copy) */
