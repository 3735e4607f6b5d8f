# cython: boundscheck=False, wraparound=False
"""Fast pairwise distances for the clustering module."""
import numpy as np
cimport numpy as cnp
from libc.math cimport sqrt

cnp.import_array()

ctypedef cnp.float64_t DTYPE_t

cdef inline double euclidean(const DTYPE_t[:] a, const DTYPE_t[:] b) nogil:
    cdef Py_ssize_t i
    cdef double acc = 0.0, d
    for i in range(a.shape[0]):
        d = a[i] - b[i]
        acc += d * d
    return sqrt(acc)


def pairwise(DTYPE_t[:, ::1] points not None):
    """Return the n x n matrix of distances between rows of `points`."""
    cdef Py_ssize_t n = points.shape[0]
    cdef Py_ssize_t i, j
    out = np.zeros((n, n), dtype=np.float64)
    cdef DTYPE_t[:, ::1] view = out
    with nogil:
        for i in range(n):
            for j in range(i + 1, n):
                view[i, j] = euclidean(points[i], points[j])
                view[j, i] = view[i, j]
    return out


cdef class RunningMean:
    cdef public long count
    cdef double total

    def __cinit__(self):
        self.count = 0
        self.total = 0.0

    cpdef void add(self, double x):
        self.count += 1
        self.total += x

    @property
    def value(self):
        if self.count == 0:
            raise ValueError("no values yet")
        return self.total / self.count
