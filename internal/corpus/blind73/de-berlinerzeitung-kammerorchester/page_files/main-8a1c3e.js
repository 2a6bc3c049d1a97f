self.__BZ=1;
