/* n1info theme script (saved copy) */
