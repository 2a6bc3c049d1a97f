var tarteaucitron={};
